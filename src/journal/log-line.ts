// `serve --log`: one line per exchange, for a developer watching the terminal beside a storefront.
//
//   06:31:02.123 POST /auth/customer/emailpass 200 14ms anonymous → token for customer cus_01…
//   06:31:05.871 GET /store/customers/me 401 2ms key "Webshop" ✗ bearer token expired 3 minutes ago · "Unauthorized"
//
// The time is the server's clock (moved by /__control/clock); colours only on a terminal (picocolors).
// What a line says is decided once, in linePoints, which /__ui's journal table shows as well.
import pc from "picocolors";
import type { JournalEntry } from "./entry.ts";

const statusColour = (status: number): ((text: string) => string) => (status >= 500 ? pc.red : status >= 400 ? pc.yellow : pc.green);

/** The error's own words from a JSON answer: `message` (Medusa), `title` (problem details), `error`. */
const answerMessage = (body: string | undefined): string | undefined => {
	try {
		const { message, title, error } = JSON.parse(body ?? "") as Record<string, unknown>;
		const found = message ?? title ?? error;
		return typeof found === "string" ? found : undefined;
	} catch {
		return undefined;
	}
};

/** The statuses a refusal of credentials answers with: a missing publishable key is a 400 (FACTS.md §A.10). */
const REFUSALS = new Set([400, 401, 403]);

/** What a line says beyond time, method, path and status: each point present only when it tells something. */
export interface LinePoints {
	/** Whom the credentials name; undefined for an anonymous request. */
	who?: string;
	/** What a successful answer gave. */
	outcome?: string;
	/** Why a request was refused, from its credentials: on a refusal's status only, never on an injected fault (which did not look at them). */
	refusal?: string;
	/** A failed answer's own words. */
	message?: string;
	/** The --fault rule that answered instead of the route. */
	fault?: string;
	latencyMs?: number;
}

export const linePoints = (entry: JournalEntry): LinePoints => {
	const failed = entry.status >= 400;
	const fault = entry.injected?.fault;
	return {
		who: entry.caller.who,
		outcome: entry.outcome,
		refusal: REFUSALS.has(entry.status) && !fault ? entry.caller.refusal : undefined,
		// An injected fault's own message says only that; its tag says which rule.
		message: failed && !fault ? answerMessage(entry.response.body) : undefined,
		fault,
		latencyMs: entry.injected?.latencyMs,
	};
};

export const logLine = (entry: JournalEntry): string => {
	const points = linePoints(entry);
	const parts = [
		pc.dim(entry.time.slice(11, 23)),
		entry.method,
		entry.path + pc.dim(entry.query),
		statusColour(entry.status)(String(entry.status)),
		pc.dim(`${entry.durationMs}ms`),
		points.who ?? pc.dim("anonymous"),
	];
	if (points.outcome) parts.push(pc.cyan(`→ ${points.outcome}`));
	if (points.refusal) parts.push(pc.red(`✗ ${points.refusal}`));
	if (points.message) parts.push(`· ${JSON.stringify(points.message)}`);
	if (points.fault) parts.push(pc.magenta(`[fault ${points.fault}]`));
	if (points.latencyMs !== undefined) parts.push(pc.magenta(`[+${points.latencyMs}ms latency]`));
	return parts.join(" ");
};
