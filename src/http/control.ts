// The control protocol (conformance/CONTROL.md): lets a test move the server's clock, read what it
// "sent", and go back to the fixtures. Off unless --control is given, and then only for loopback
// clients; requests made in-process (no socket, so no address) count as local.
import { type AnyElysia, Elysia } from "elysia";
import { fieldsOf } from "../core/body-fields.ts";
import type { ShiftableClock } from "../core/clock.ts";
import { journalFilter, type RequestJournal } from "../journal/request-journal.ts";
import type { Runtime } from "../runtime.ts";
import { jsonResponse } from "./respond.ts";

const isLoopback = (address: string): boolean =>
	address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");

/**
 * The rule of every local tool (/__control, /__ui): the request's socket is a loopback one, or it has
 * none (made in-process). The socket, never X-Forwarded-For: a proxy must not open them to the world.
 */
export const isLocalClient = (rt: Pick<Runtime, "socketAddress">, request: Request): boolean => {
	const address = rt.socketAddress(request);
	return address === undefined || isLoopback(address);
};

const badRequest = (message: string): Response => jsonResponse(400, { type: "invalid_data", message });

// JavaScript dates end at 8.64e15 ms; the clock stops a year short so every lifetime still fits.
const LAST_DATE_MS = 8_640_000_000_000_000 - 366 * 86_400_000;

/**
 * POST /__control/clock's move, for every tool that moves the clock (/__ui's buttons too):
 * `advanceMs` (non-negative) from now, or `setTo` (epoch ms or an ISO date). Answers the new time,
 * or what is wrong with the move, and leaves the clock alone then.
 */
export const moveClock = (clock: ShiftableClock, { advanceMs, setTo }: Readonly<Record<string, unknown>>): number | string => {
	const advance = typeof advanceMs === "number" && advanceMs >= 0 ? advanceMs : undefined;
	const target =
		advance !== undefined ? clock.now() + advance : typeof setTo === "number" ? setTo : typeof setTo === "string" ? Date.parse(setTo) : Number.NaN;
	if (!(target >= 0 && target <= LAST_DATE_MS))
		return `Send {"advanceMs": <non-negative number>} or {"setTo": <epoch ms or ISO date>}, landing between 1970 and ${new Date(LAST_DATE_MS).toISOString()}`;
	// An advance moves the offset by exactly that much; setting to `target` would lose the
	// milliseconds real time ran between reading the clock and setting it.
	if (advance !== undefined) clock.advance(advance);
	else clock.setTo(target);
	return clock.now();
};

export const CONTROL_CAPABILITIES = ["clock", "outbox", "reset", "requests"] as const;

/** What a conformance run needs to know about this server (CONTROL.md, `target`): fixture keys and credentials. */
export type TargetInfo = Record<string, unknown>;

/** A control route a profile adds, under /__control, behind the same loopback rule; its capability is listed with the protocol's. */
export interface ControlRoute {
	capability: string;
	method: "GET" | "POST";
	/** Below /__control/. */
	path: string;
	handle(input: { body: unknown; query: Record<string, string | undefined> }): Response | Promise<Response>;
}

export interface ControlSettings {
	profile: string;
	target: TargetInfo;
	/** The exchanges GET /__control/requests lists. */
	journal: RequestJournal;
	/** The profile's own control routes. */
	extra?: readonly ControlRoute[];
}

export const controlPlugin = (rt: Runtime, { profile, target, journal, extra = [] }: ControlSettings): AnyElysia => {
	const app: AnyElysia = controlRoutes(rt, profile, target, journal, [...CONTROL_CAPABILITIES, ...new Set(extra.map((route) => route.capability))]);
	for (const route of extra)
		app.route(route.method, `/__control/${route.path}`, async ({ body, query }) => route.handle({ body, query }));
	return app;
};

const controlRoutes = (rt: Runtime, profile: string, target: TargetInfo, journal: RequestJournal, capabilities: readonly string[]) =>
	new Elysia({ name: "control" })
		.onBeforeHandle(({ request }) => {
			if (!isLocalClient(rt, request)) return jsonResponse(403, { type: "not_allowed", message: "The control API answers loopback clients only" });
		})
		.get("/__control", () =>
			// outboxLagMs 0: every route writes its outbox items before it answers.
			jsonResponse(200, { protocol: "gatecheck-control/1", profile, capabilities, now: rt.clock.now(), outboxLagMs: 0, target }),
		)
		.post("/__control/clock", ({ body }) => {
			const now = moveClock(rt.clock, fieldsOf(body));
			return typeof now === "string" ? badRequest(now) : jsonResponse(200, { now, iso: new Date(now).toISOString() });
		})
		.get("/__control/outbox", ({ query }) =>
			jsonResponse(200, { items: rt.state.outbox.list({ to: query.to, name: query.event }) }),
		)
		// The request journal (src/journal/): the last exchanges, oldest first, secrets redacted.
		.get("/__control/requests", ({ query }) => {
			const filter = journalFilter(query);
			return typeof filter === "string" ? badRequest(filter) : jsonResponse(200, { requests: journal.list(filter) });
		})
		.delete("/__control/requests", () => {
			journal.clear();
			return jsonResponse(200, { cleared: true });
		})
		.post("/__control/reset", async () => {
			rt.clock.reset();
			await rt.resetState();
			return jsonResponse(200, { reset: true });
		});
