// "Request a password reset" as the storefront would (reset-flows.ts), and what the last one did:
// routes.ts sends the request, then redirects here with the answer's status and the mails it made.
import { type Html, html } from "./html.ts";
import type { UiView } from "./view.ts";

/** The query the reset form's redirect carries (routes.ts writes it, this file reads it). */
export const FLOW_QUERY = { status: "reset", to: "to", actor: "actor", mailed: "mailed", problem: "problem" } as const;

const notice = (view: UiView): Html | false => {
	const { query, flow } = view;
	const problem = query.get(FLOW_QUERY.problem);
	if (problem !== null) return html`<p class="notice">Not sent: ${problem}</p>`;
	const status = query.get(FLOW_QUERY.status);
	if (status === null || !flow) return false;
	const actor = query.get(FLOW_QUERY.actor) ?? flow.actors[0] ?? "";
	const mailed = Number(query.get(FLOW_QUERY.mailed) ?? "0");
	return html`<p class="notice" id="flow-result">Sent <code>${flow.describe(actor)}</code> for <strong>${query.get(FLOW_QUERY.to) ?? ""}</strong>: the server answered <strong>${status}</strong>. ${
		mailed > 0
			? html`The mail is in the outbox below.`
			: html`No mail was made: most likely the e-mail has no account of that kind (the answer is the same either way, so that it tells no one which accounts exist).`
	}</p>`;
};

export const flowSection = (view: UiView): Html => {
	const { flow } = view;
	if (!flow)
		return html`<section id="flow"><h2>Storefront flow</h2><p class="dim">This page does not know how this server's contract asks for a password reset.</p></section>`;
	const emails = view.rt.state.store.listCustomers().slice(0, 50).map((customer) => customer.email);
	return html`<section id="flow"><h2>Storefront flow: request a password reset</h2>
<p class="dim">Sends the contract's own request to this server, as your storefront would: <code>${flow.describe(flow.actors[0] ?? "")}</code>. The mail appears below.</p>
${notice(view)}
<form class="block" method="post" action="/__ui/reset-password">
<label>E-mail<input name="email" type="email" required maxlength="320" list="known-emails" value="${emails[0] ?? ""}"></label>
${flow.actors.length > 1 && html`<label>Account kind<select name="actor">${flow.actors.map((actor) => html`<option value="${actor}">${actor}</option>`)}</select></label>`}
<button class="primary" type="submit">Request a password reset</button>
</form>
<datalist id="known-emails">${emails.map((email) => html`<option value="${email}"></option>`)}</datalist>
</section>`;
};
