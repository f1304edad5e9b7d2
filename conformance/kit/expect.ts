// Assertions for checks. A failed one throws CheckFailure carrying what was expected, what came
// back, and the exchange it came from; the runner turns that into the check's evidence.
import { isDeepStrictEqual } from "node:util";
import type { Exchange, Reply } from "./http.ts";

export interface PropertyEvidence {
	seed: number;
	path: string;
	counterexample: string;
	numRuns: number;
}

export class CheckFailure extends Error {
	override readonly name = "CheckFailure";
	constructor(
		message: string,
		readonly details: { expected?: unknown; actual?: unknown; exchange?: Exchange; property?: PropertyEvidence } = {},
	) {
		super(message);
	}
}

/**
 * The check could not decide either way (a statistical check with too noisy a sample): a warning
 * whatever the tier and flags, so that noise never fails a run nor passes for a clean bill.
 */
export class Inconclusive extends CheckFailure {}

const show = (value: unknown): string => (typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value));

export interface Expect {
	/** Fails unless `condition` holds. */
	that(condition: boolean, message: string, details?: CheckFailure["details"]): asserts condition;
	/** The status is `expected` (or one of them). */
	status(reply: Reply, expected: number | number[], what?: string): void;
	/** The JSON body equals `expected`, key order aside. */
	json(reply: Reply, expected: unknown, what?: string): void;
	/** The body is exactly these bytes (key order and spacing included). */
	exactBody(reply: Reply, expected: string, what?: string): void;
	/** A header equals `expected`, matches it, or (null) is absent. */
	header(reply: Reply, name: string, expected: string | RegExp | null): void;
	equal(actual: unknown, expected: unknown, what: string, exchange?: Exchange): void;
}

export const expect: Expect = {
	that(condition, message, details = {}) {
		if (!condition) throw new CheckFailure(message, details);
	},

	status(reply, expected, what = "status") {
		const allowed = Array.isArray(expected) ? expected : [expected];
		if (!allowed.includes(reply.status))
			throw new CheckFailure(`${what}: expected ${allowed.join(" or ")}, got ${reply.status}`, {
				expected: allowed.join(" or "),
				actual: reply.status,
				exchange: reply.exchange,
			});
	},

	json(reply, expected, what = "body") {
		if (!isDeepStrictEqual(reply.body, expected))
			throw new CheckFailure(`${what}: expected ${show(expected)}, got ${reply.text === "" ? "an empty body" : reply.text.slice(0, 300)}`, {
				expected,
				actual: reply.body ?? reply.text,
				exchange: reply.exchange,
			});
	},

	exactBody(reply, expected, what = "body") {
		if (reply.text !== expected)
			throw new CheckFailure(`${what}: expected exactly ${show(expected)}, got ${show(reply.text.slice(0, 300))}`, {
				expected,
				actual: reply.text,
				exchange: reply.exchange,
			});
	},

	header(reply, name, expected) {
		const actual = reply.headers.get(name);
		const ok =
			expected === null ? actual === null : typeof expected === "string" ? actual === expected : actual !== null && expected.test(actual);
		if (!ok)
			throw new CheckFailure(
				`header ${name}: expected ${expected === null ? "no such header" : String(expected)}, got ${actual === null ? "none" : show(actual)}`,
				{ expected: expected === null ? null : String(expected), actual, exchange: reply.exchange },
			);
	},

	equal(actual, expected, what, exchange) {
		if (!isDeepStrictEqual(actual, expected))
			throw new CheckFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`, { expected, actual, exchange });
	},
};
