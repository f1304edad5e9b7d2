// The server's front door when a developer watches it (`serve --log`, `--control`) or asks it to
// fail (`--latency`, `--fault`): each request is noted (who its credentials name, before the route
// changes anything), delayed or failed as the dice say, answered by the app, and journaled with
// what the answer gave. Without any of those options the app answers directly and none of this runs.
import { setTimeout as sleep } from "node:timers/promises";
import { decodeJwt } from "jose";
import type { Clock } from "../core/clock.ts";
import type { Claims } from "../core/tokens.ts";
import { type CorsPolicy, corsHeaders } from "../http/cors.ts";
import { jsonResponse } from "../http/respond.ts";
import { BODY_KEPT, type CallerNote, type JournalEntry, type JournalMessage } from "./entry.ts";
import { FailureDice, type FailurePlan } from "./failures.ts";
import { redactedBody, redactedHeaders, redactedQuery } from "./redact.ts";
import type { RequestJournal } from "./request-journal.ts";

/** Paths of gatecheck's own tools, never journaled, delayed or failed: the journal is of what a storefront sends. */
export const isToolingPath = (path: string): boolean => path.startsWith("/__control") || path.startsWith("/__ui");

/** How much of a body the journal reads (the route still reads all of it). */
const BODY_READ_LIMIT = 65_536;

export interface JournalingSettings {
	journal: RequestJournal;
	clock: Clock;
	cors: CorsPolicy;
	/** The app itself. */
	handle(request: Request): Promise<Response>;
	describeCaller(request: Request): Promise<CallerNote>;
	describeClaims(claims: Claims): string;
	/** Each finished entry, as well as keeping it (serve --log prints it). */
	onEntry?(entry: JournalEntry): void;
	failures?: FailurePlan;
}

/**
 * A message's body as sent, read from a copy up to BODY_READ_LIMIT bytes; `cut` when there was more.
 * A body's length is often unknown before it is read (chunked requests, Responses built from strings).
 */
const rawBody = async (message: Request | Response): Promise<{ text?: string; cut: boolean }> => {
	const stream = message.clone().body;
	if (stream === null) return { cut: false };
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (let read = await reader.read(); !read.done; read = await reader.read()) {
		chunks.push(read.value);
		size += read.value.byteLength;
		if (size > BODY_READ_LIMIT) {
			await reader.cancel();
			return { text: Buffer.concat(chunks).subarray(0, BODY_READ_LIMIT).toString("utf8"), cut: true };
		}
	}
	return { text: Buffer.concat(chunks).toString("utf8"), cut: false };
};

/** A message for the journal: headers and body redacted, the body cut to BODY_KEPT characters. */
const keptMessage = (message: Request | Response, raw: { text?: string; cut: boolean }): JournalMessage => {
	const headers = redactedHeaders(message.headers);
	if (raw.text === undefined) return { headers };
	const text = redactedBody(raw.text, message.headers.get("content-type"));
	return raw.cut || text.length > BODY_KEPT ? { headers, body: text.slice(0, BODY_KEPT), truncated: true } : { headers, body: text };
};

/** The token a JSON answer carries (`token`, or OAuth 2.0's `access_token`), if any. */
const issuedToken = (text: string | undefined): string | undefined => {
	try {
		const { token, access_token } = JSON.parse(text ?? "") as Record<string, unknown>;
		const found = token ?? access_token;
		return typeof found === "string" ? found : undefined;
	} catch {
		return undefined;
	}
};

/** What a successful answer gave the caller: a token and whom it names, cookies set or cleared. */
const outcomeOf = (response: Response, text: string | undefined, describeClaims: (claims: Claims) => string): string | undefined => {
	const parts: string[] = [];
	const token = issuedToken(text);
	if (token !== undefined) {
		try {
			parts.push(`token for ${describeClaims(decodeJwt(token))}`);
		} catch {
			parts.push("token (not a JWT)");
		}
	}
	for (const cookie of response.headers.getSetCookie()) {
		const [pair = ""] = cookie.split(";");
		const equals = pair.indexOf("=");
		parts.push(`cookie ${pair.slice(0, equals)} ${pair.slice(equals + 1) === "" ? "cleared" : "set"}`);
	}
	return parts.length === 0 ? undefined : parts.join(", ");
};

export const journaledFetch = (settings: JournalingSettings): ((request: Request) => Promise<Response>) => {
	const dice = settings.failures && new FailureDice(settings.failures);
	return async (request) => {
		const url = new URL(request.url);
		if (isToolingPath(url.pathname)) return settings.handle(request);
		const started = performance.now();
		const id = settings.journal.nextId();
		const time = new Date(settings.clock.now()).toISOString();
		const rolled = dice?.roll(request.method, url.pathname) ?? {};
		const [caller, sent] = await Promise.all([settings.describeCaller(request), rawBody(request)]);
		if (rolled.latencyMs) await sleep(rolled.latencyMs);
		const response = rolled.rule
			? jsonResponse(
					rolled.rule.status,
					{ type: "gatecheck_fault", message: `gatecheck --fault ${rolled.rule.text}: this answer was injected; the route did not run` },
					{ ...corsHeaders(settings.cors, url.pathname, request.headers.get("origin")), "x-gatecheck-fault": rolled.rule.text },
				)
			: await settings.handle(request);
		const received = await rawBody(response);
		const entry: JournalEntry = {
			id,
			time,
			method: request.method,
			path: url.pathname,
			query: redactedQuery(url.search),
			status: response.status,
			durationMs: Math.round(performance.now() - started),
			caller,
			outcome: response.ok ? outcomeOf(response, received.text, settings.describeClaims) : undefined,
			...(rolled.latencyMs !== undefined || rolled.fault !== undefined ? { injected: { latencyMs: rolled.latencyMs, fault: rolled.fault } } : {}),
			request: keptMessage(request, sent),
			response: keptMessage(response, received),
		};
		settings.journal.add(entry);
		settings.onEntry?.(entry);
		return response;
	};
};
