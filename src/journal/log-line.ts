// `serve --log`: one line per exchange, for a developer watching the terminal beside a storefront.
//
//   06:31:02.123 POST /auth/customer/emailpass 200 14ms anonymous → token for customer cus_01…
//   06:31:05.871 GET /store/customers/me 401 2ms key "Webshop" ✗ bearer token expired 3 minutes ago · "Unauthorized"
//
// The time is the server's clock (moved by /__control/clock); colours only on a terminal (picocolors).
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

export const logLine = (entry: JournalEntry): string => {
	const failed = entry.status >= 400;
	const parts = [
		pc.dim(entry.time.slice(11, 23)),
		entry.method,
		entry.path + pc.dim(entry.query),
		statusColour(entry.status)(String(entry.status)),
		pc.dim(`${entry.durationMs}ms`),
		entry.caller.who ?? pc.dim("anonymous"),
	];
	if (entry.outcome) parts.push(pc.cyan(`→ ${entry.outcome}`));
	if (REFUSALS.has(entry.status) && entry.caller.refusal && !entry.injected?.fault) parts.push(pc.red(`✗ ${entry.caller.refusal}`));
	// An injected fault's own message says only that; its tag below says which rule.
	const message = failed && !entry.injected?.fault ? answerMessage(entry.response.body) : undefined;
	if (message) parts.push(`· ${JSON.stringify(message)}`);
	if (entry.injected?.fault) parts.push(pc.magenta(`[fault ${entry.injected.fault}]`));
	if (entry.injected?.latencyMs !== undefined) parts.push(pc.magenta(`[+${entry.injected.latencyMs}ms latency]`));
	return parts.join(" ");
};
