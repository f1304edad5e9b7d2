// Ready answers for the request a client repeats most (a storefront's GET /store/customers/me): the
// JSON text of a record is made once, and a 200 Response with its CORS headers is kept per allowed
// origin and cloned for each request, since a clone copies the headers in one step.
//
// Invariant: a kept answer is handed out only while every own field of its record is what it was
// when the text was made (an edited record is answered afresh), and only as a clone (the kept
// Response's body is never read). Bounded: records and origins kept are capped, the oldest go first.
import { corsHeadersFor, withCorsHeaders } from "./cors.ts";
import { JSON_CONTENT_TYPE } from "./respond.ts";

/** A 200 JSON answer with the CORS headers for `allowedOrigin`. */
export const jsonAnswer = (text: string, allowedOrigin: string | null): Response => {
	const response = new Response(text);
	response.headers.set("content-type", JSON_CONTENT_TYPE);
	return withCorsHeaders(response, corsHeadersFor(allowedOrigin));
};

/**
 * Same own fields with the same (primitive) values: a record unchanged since `copy` was taken,
 * `fields` its number of own fields. Counted with for…in, which allocates nothing.
 */
const sameFields = <R extends object>(copy: R, fields: number, record: R): boolean => {
	let seen = 0;
	for (const key in record) {
		if (!Object.hasOwn(copy, key) || copy[key] !== record[key]) return false;
		seen++;
	}
	return seen === fields;
};

/** Records whose answer is kept ready. */
const RECORDS_KEPT = 1024;
/** Allowed origins a record's ready answer is kept for (a storefront has one or two); others are built each time. */
const ORIGINS_KEPT = 4;

interface KeptAnswer<R> {
	copy: R;
	fields: number;
	text: string;
	/** By allowed origin (null: none), the Response to clone. */
	answers: Map<string | null, Response>;
}

/** The answer to `record` for a request whose allowed origin is `allowedOrigin`: a 200 with `render(record)`. */
export const keptAnswers = <R extends object>(render: (record: R) => string): ((record: R, allowedOrigin: string | null) => Response) => {
	const kept = new Map<R, KeptAnswer<R>>();
	const keep = (record: R): KeptAnswer<R> => {
		const known = kept.get(record);
		if (known && sameFields(known.copy, known.fields, record)) return known;
		const fresh = { copy: { ...record }, fields: Object.keys(record).length, text: render(record), answers: new Map() };
		kept.delete(record);
		if (kept.size >= RECORDS_KEPT) kept.delete(kept.keys().next().value as R);
		kept.set(record, fresh);
		return fresh;
	};
	return (record, allowedOrigin) => {
		const entry = keep(record);
		const ready = entry.answers.get(allowedOrigin);
		if (ready) return ready.clone();
		const answer = jsonAnswer(entry.text, allowedOrigin);
		if (entry.answers.size >= ORIGINS_KEPT) return answer;
		entry.answers.set(allowedOrigin, answer);
		return answer.clone();
	};
};
