// Exchanges recorded from an upstream server (fixtures/<profile>/transcripts and /recorded), for
// tests that hold an answer to the recorded one, and the key paths that compare two JSON answers'
// shapes with the order of their keys.
import { readFileSync } from "node:fs";

export interface RecordedExchange {
	label: string;
	request: { method: string; path: string; headers: Record<string, string | number>; body: unknown; body_kind: string };
	response: { status: number; body: unknown; body_text: string; raw_headers: Array<[string, string]> };
}

/** The exchanges of one recorded case, `case` being its path under fixtures/ without `.json`. */
export const recordedExchanges = (recordedCase: string): RecordedExchange[] =>
	(JSON.parse(readFileSync(new URL(`../../fixtures/${recordedCase}.json`, import.meta.url), "utf8")) as { exchanges: RecordedExchange[] }).exchanges;

/** The response body of the exchange of that label. */
export const recordedBody = (recordedCase: string, label: string): unknown => {
	const exchange = recordedExchanges(recordedCase).find((candidate) => candidate.label === label);
	if (!exchange) throw new Error(`${recordedCase} has no exchange "${label}"`);
	return exchange.response.body;
};

/**
 * Every key of a JSON value in order, as paths (`products[].variants[].prices[].amount`), all the
 * way down. An array stands for its first item, so lists of different lengths of the same items
 * have the same paths; an empty array and a scalar have none below them.
 */
export const keyPaths = (value: unknown, at = ""): string[] => {
	if (Array.isArray(value)) return value.length === 0 ? [] : keyPaths(value[0], `${at}[]`);
	if (typeof value !== "object" || value === null) return [];
	return Object.entries(value).flatMap(([key, inner]) => {
		const path = at === "" ? key : `${at}.${key}`;
		return [path, ...keyPaths(inner, path)];
	});
};
