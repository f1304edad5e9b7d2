// One exchange's two answers compared with the golden tests' normaliser (test/golden): A's answer
// stands where the recording would, B's where the live one would. Ids, uuids and dates are bound
// A↔B for the whole run, JWTs are compared decoded (header, claims in order, exp−iat), cookies by
// name, shape of value and attributes. Only the headers a client acts on are compared.
import type { Bindings } from "../../test/golden/bindings.ts";
import { compareHeaders } from "../../test/golden/headers.ts";
import { Comparer, type Mismatch } from "../../test/golden/normalise.ts";
import type { Captured } from "./executor.ts";

/** Set-Cookie aside (compared on its own), the headers a client or browser acts on. Date, ETag,
 *  Content-Length, X-Powered-By and the like are framing or one framework's habit. */
const COMPARED_HEADER = /^(content-type|retry-after|vary|www-authenticate|access-control-.+)$/;

export const comparedHeaders = (headers: Headers): Array<[string, string]> =>
	[...headers].filter(([name]) => COMPARED_HEADER.test(name));

const isJsonText = (text: string): boolean => /^\s*[[{]/.test(text);

const compareBodies = (c: Comparer, expectedText: string, actualText: string): void => {
	if (!isJsonText(expectedText)) return c.value("body", expectedText, actualText);
	let actual: unknown;
	try {
		actual = JSON.parse(actualText);
	} catch {
		return c.miss("body (JSON)", expectedText, actualText);
	}
	const expected: unknown = JSON.parse(expectedText);
	c.value("body", expected, actual);
	// Express sends JSON.stringify's compact bytes; a client that compares bytes would see the layout.
	const compact = (text: string, value: unknown): boolean => JSON.stringify(value) === text;
	if (compact(expectedText, expected) && !compact(actualText, actual)) c.miss("body layout (compact JSON)", "compact", actualText);
};

/** Where A (expected) and B (actual) differ; empty when they agree. */
export const compareExchange = (bindings: Bindings, a: Captured, b: Captured): Mismatch[] => {
	const mismatches: Mismatch[] = [];
	const c = new Comparer(bindings, mismatches);
	c.value("status", a.status, b.status);
	// compareHeaders reads the expected side's Date to turn a cookie's Expires into a lifetime; both
	// sides count from when their request was sent (executor.ts, Captured.atMs).
	const expected: Array<[string, string]> = [
		...comparedHeaders(a.headers),
		["date", new Date(a.atMs).toUTCString()],
		...a.headers.getSetCookie().map((cookie): [string, string] => ["set-cookie", cookie]),
	];
	const actual = new Headers(comparedHeaders(b.headers));
	for (const cookie of b.headers.getSetCookie()) actual.append("set-cookie", cookie);
	compareHeaders(c, "", expected, actual, b.atMs);
	compareBodies(c, a.bodyText, b.bodyText);
	return mismatches.map((mismatch) => ({ ...mismatch, where: mismatch.where.trim() }));
};

/** What kind of difference an exchange shows: its statuses when they differ, else where it differs. */
export const differenceKind = (a: Captured, b: Captured, mismatches: readonly Mismatch[]): string => {
	if (a.status !== b.status) return `status ${a.status}≠${b.status}`;
	const places = [...new Set(mismatches.map((mismatch) => mismatch.where.replace(/\[\d+\]/g, "[]")))];
	const MAX_PLACES = 3;
	return places.length <= MAX_PLACES ? places.join(" + ") : `${places.slice(0, MAX_PLACES).join(" + ")} + ${places.length - MAX_PLACES} more`;
};
