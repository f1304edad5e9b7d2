// The outbox as an inbox (what Mailpit shows a developer): each mail the server would have sent,
// newest first, with its reset link ready to click, and how long the link's token lives on the
// server's clock, so that moving the clock shows it expire.
import { decodeJwt } from "jose";
import type { OutboxEvent, OutboxItem, OutboxMail } from "../core/outbox.ts";
import { type Html, html, relative, safeHref, when } from "./html.ts";
import type { UiView } from "./view.ts";

/** The instant a link's token ends (its JWT `exp`), read without checking it: only to show it. */
const linkTokenExpiry = (link: string): number | undefined => {
	try {
		const token = new URL(link).searchParams.get("token");
		const exp = token ? decodeJwt(token).exp : undefined;
		return typeof exp === "number" ? exp * 1000 : undefined;
	} catch {
		return undefined;
	}
};

const expiry = (link: string, now: number): Html | undefined => {
	const endsAt = linkTokenExpiry(link);
	if (endsAt === undefined) return undefined;
	return endsAt > now
		? html`<small class="live">token valid until its exp, ${relative(endsAt, now)}</small> <small>(unless used or replaced before)</small>`
		: html`<small class="expired">token expired ${relative(endsAt, now)}</small>`;
};

/** The event a mail was made from: the same name at the same instant. */
const eventOf = (mail: OutboxMail, items: readonly OutboxItem[]): OutboxEvent | undefined =>
	items.find((item): item is OutboxEvent => item.kind === "event" && item.name === mail.event && item.at === mail.at);

/** For a mail without a link: its event's token, and the route a storefront spends it on. */
const tokenInstead = (view: UiView, mail: OutboxMail, items: readonly OutboxItem[]): Html => {
	const data = eventOf(mail, items)?.data ?? {};
	if (typeof data.token !== "string") return html``;
	const actor = typeof data.actor_type === "string" ? data.actor_type : (view.flow?.actors[0] ?? "customer");
	return html`<div>No link in this mail. Token: <code class="token">${data.token}</code>${
		view.flow && html`<br><small>Use it as a storefront would: <code>${view.flow.useToken(actor)}</code></small>`
	}</div>`;
};

const linkOf = (view: UiView, mail: OutboxMail, items: readonly OutboxItem[]): Html => {
	if (mail.link === undefined) return tokenInstead(view, mail, items);
	const href = safeHref(mail.link);
	return html`<div>${
		href
			? html`<a class="reset-link" href="${href}">Open the link</a>`
			: html`<span class="dim">The link is not an http(s) URL; it is shown, not linked:</span>`
	} <code class="link-url">${mail.link}</code></div><div>${expiry(mail.link, view.now)}</div>`;
};

const mailCard = (view: UiView, mail: OutboxMail, items: readonly OutboxItem[]): Html =>
	html`<article class="mail">
<div><span class="subject">${mail.subject}</span> <small>to</small> <strong class="to">${mail.to}</strong></div>
<div><small>${when(mail.at, view.now)} · event <code>${mail.event}</code></small></div>
${linkOf(view, mail, items)}
<details><summary>Text</summary><pre>${mail.text}</pre></details>
</article>`;

const eventRow = (view: UiView, event: OutboxEvent): Html =>
	html`<tr><td>${when(event.at, view.now)}</td><td><code>${event.name}</code></td><td><code>${JSON.stringify(event.data)}</code></td></tr>`;

export const mailSection = (view: UiView): Html => {
	const items = view.rt.state.outbox.list();
	const newestFirst = [...items].reverse();
	const mails = newestFirst.filter((item): item is OutboxMail => item.kind === "mail");
	const events = newestFirst.filter((item): item is OutboxEvent => item.kind === "event");
	return html`<section id="mail"><h2>Mail <small>(${mails.length})</small></h2>
<p class="dim">What the server would have sent, newest first. Also as JSON: <code>GET /__control/outbox</code>.</p>
${mails.length === 0 ? html`<p class="empty">No mail yet. Request a password reset above, or from your storefront.</p>` : mails.map((mail) => mailCard(view, mail, items))}
${events.length > 0 && html`<details><summary>Events on the bus (${events.length}), with their data</summary><table><tr><th>time</th><th>event</th><th>data</th></tr>${events.map((event) => eventRow(view, event))}</table></details>`}
</section>`;
};
