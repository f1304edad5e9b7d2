// /__ui: a page for storefront developers (issue 19): the mails with their links, the journal, the
// clock, the accounts and keys, and a storefront flow to try. Mounted with --control only, for the
// same clients as /__control (isLocalClient); forms POST and are redirected back (303), so the page
// needs no script and a reload repeats nothing.
import { type AnyElysia, Elysia } from "elysia";
import { fieldsOf } from "../core/body-fields.ts";
import { isLocalClient, moveClock, type TargetInfo } from "../http/control.ts";
import type { RequestJournal } from "../journal/request-journal.ts";
import type { BasePolicy } from "../profiles/profile.ts";
import type { Runtime } from "../runtime.ts";
import { CLOCK_MOVES, REAL_TIME } from "./clock-section.ts";
import { dashboard } from "./dashboard.ts";
import { FLOW_QUERY } from "./flow-section.ts";
import { messagePage, pageResponse, seeOther } from "./page.ts";
import { servedResetFlow } from "./reset-flows.ts";
import type { UiProfile } from "./view.ts";

export interface UiSettings {
	profile: UiProfile;
	/** The control target (CONTROL.md): fixture values a flow may need, such as an allowed reset page. */
	target: TargetInfo;
	journal: RequestJournal;
	/** The routes the profile serves, as Elysia lists them: how the page knows which reset flow to send. */
	served: readonly { method: string; path: string }[];
	/** The server's front door: the flow's request goes where a storefront's would, into the journal too. */
	send(request: Request): Promise<Response>;
}

/** RFC 5321's longest address; anything longer is no e-mail. */
const EMAIL_MAX_LENGTH = 320;

/** Host names that always mean this machine: a browser resolves `*.localhost` to loopback itself. */
const LOOPBACK_HOST = /^(?:(?:[a-z0-9-]+\.)*localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/i;

/** Why this request may not use the page, or undefined when it may. */
const refusal = (rt: Runtime, request: Request): Response | undefined => {
	if (!isLocalClient(rt, request)) return messagePage(403, "Refused", "This page answers loopback clients only, as /__control does.");
	const url = new URL(request.url);
	// The page shows reset tokens: a site whose own name was made to resolve to 127.0.0.1 (DNS
	// rebinding) must not read it, so only names that always mean this machine are served.
	if (!LOOPBACK_HOST.test(url.hostname))
		return messagePage(403, "Refused", `Open this page as http://127.0.0.1:${url.port || "80"}/__ui or http://localhost:${url.port || "80"}/__ui; the host name ${url.hostname} is refused.`);
	// A form on another site could otherwise post to this one from the developer's own browser.
	const origin = request.headers.get("origin");
	if (request.method === "POST" && origin !== null && origin !== url.origin)
		return messagePage(403, "Refused", "A form from another site may not move this server's clock or send requests through this page.");
	return undefined;
};

/**
 * A form's fields, whoever read the body: a profile whose parser reads forms leaves them in `body`;
 * one that reads JSON only leaves the body unread, and it is read here.
 */
const formFields = async (request: Request, body: unknown): Promise<(name: string) => string | undefined> => {
	if (!request.bodyUsed) {
		const params = new URLSearchParams(await request.text());
		return (name) => params.get(name) ?? undefined;
	}
	const fields = fieldsOf(body);
	return (name) => (typeof fields[name] === "string" ? fields[name] : undefined);
};

export const uiPlugin = (rt: Runtime<BasePolicy>, settings: UiSettings): AnyElysia => {
	const flow = servedResetFlow(settings.served);
	return new Elysia({ name: "ui" })
		.onBeforeHandle(({ request }) => refusal(rt, request))
		.get("/__ui", ({ request }) =>
			pageResponse(
				200,
				dashboard({ rt, profile: settings.profile, journal: settings.journal, target: settings.target, flow, now: rt.clock.now(), query: new URL(request.url).searchParams }),
			),
		)
		.post("/__ui/clock", async ({ request, body }) => {
			const move = (await formFields(request, body))("move") ?? "";
			if (move === REAL_TIME) rt.clock.reset();
			else {
				const known = Object.hasOwn(CLOCK_MOVES, move) ? CLOCK_MOVES[move] : undefined;
				if (!known) return messagePage(400, "Not moved", `No clock move "${move}"; the buttons send ${[...Object.keys(CLOCK_MOVES), REAL_TIME].join(", ")}.`);
				const moved = moveClock(rt.clock, { advanceMs: known.advanceMs });
				if (typeof moved === "string") return messagePage(400, "Not moved", moved);
			}
			return seeOther("/__ui#clock");
		})
		.post("/__ui/reset-password", async ({ request, body }) => {
			if (!flow) return messagePage(404, "Not sent", "This page does not know how this server's contract asks for a password reset.");
			const field = await formFields(request, body);
			const email = field("email")?.trim() ?? "";
			const actor = field("actor") ?? flow.actors[0] ?? "";
			if (email === "" || email.length > EMAIL_MAX_LENGTH) return messagePage(400, "Not sent", `Give an e-mail of at most ${EMAIL_MAX_LENGTH} characters.`);
			if (!flow.actors.includes(actor)) return messagePage(400, "Not sent", `No account kind "${actor}" here; this contract has ${flow.actors.join(", ")}.`);
			const sent = flow.request(email, actor, new URL(request.url).origin, settings.target);
			if (typeof sent === "string") return seeOther(`/__ui?${new URLSearchParams({ [FLOW_QUERY.problem]: sent })}#flow`);
			const before = new Set(rt.state.outbox.list());
			const answer = await settings.send(sent);
			await answer.arrayBuffer();
			const mailed = rt.state.outbox.list().filter((item) => item.kind === "mail" && !before.has(item)).length;
			const query = new URLSearchParams({ [FLOW_QUERY.status]: String(answer.status), [FLOW_QUERY.to]: email, [FLOW_QUERY.actor]: actor, [FLOW_QUERY.mailed]: String(mailed) });
			return seeOther(`/__ui?${query}#flow`);
		});
};
