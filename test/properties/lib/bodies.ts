// Arbitrary request bodies: mostly the body the route reads (with arbitrary values, sometimes an extra
// field), else any JSON, form-encoded pairs, truncated JSON, garbage text or bytes, under matching
// and mismatching Content-Types (observed 04e: malformed JSON; 04h: form bodies).
import fc from "fast-check";
import { CUSTOMER } from "../../support/test-app.ts";

export interface BodyChoice {
	body?: string | Uint8Array;
	contentType?: string;
}

const emailArb = fc.oneof(fc.constant(CUSTOMER.email), fc.emailAddress());
// Beyond the 32-bit range: a revocation delay is seconds added to a millisecond clock.
const numberArb = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e300, 9e12, 2 ** 53));

/** The bodies the routes accept, by route: observed 01/04a, 08a, 08b, 03; api-keys per FACTS.md §A.10. */
export const ACCEPTED = {
	credentials: fc.record({ email: emailArb, password: fc.string({ minLength: 1, maxLength: 12 }) }),
	identifier: fc.record({ identifier: emailArb, metadata: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 1 })) }, {
		requiredKeys: ["identifier"],
	}),
	password: fc.record({ email: emailArb, password: fc.string({ maxLength: 12 }) }, { requiredKeys: ["password"] }),
	customer: fc.record({ email: emailArb, first_name: fc.string(), last_name: fc.string(), phone: fc.string() }, { requiredKeys: [] }),
	"api-key": fc.record({ title: fc.string(), type: fc.constantFrom("publishable", "secret") }),
	revoke: fc.record({ revoke_in: numberArb }),
} satisfies Record<string, fc.Arbitrary<Record<string, unknown>>>;

export type BodyShape = keyof typeof ACCEPTED;

const FIELDS = ["email", "password", "identifier", "title", "type", "revoke_in", "first_name", "metadata", "company_name"];
const fieldNameArb = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...FIELDS) },
	{ weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "email[]", "metadata[a]", "") },
	{ weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const fieldValueArb: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom(CUSTOMER.email, "supersecret", "publishable", "secret", "", 0, -1, null, true),
	emailArb,
	numberArb,
	fc.string({ maxLength: 20 }),
	fc.jsonValue({ maxDepth: 2 }),
);
const fieldsArb = fc.dictionary(fieldNameArb, fieldValueArb, { maxKeys: 5 });

/** The route's own body, now and then with one more field (an unknown one is refused: observed 08a). */
const ownBodyArb = (shape: BodyShape): fc.Arbitrary<Record<string, unknown>> =>
	fc
		.tuple(ACCEPTED[shape], fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, fc.tuple(fieldNameArb, fieldValueArb)))
		.map(([fields, extra]) => (extra === null ? fields : { ...fields, [extra[0]]: extra[1] }));

const formValue = (value: unknown): string => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
const asForm = (fields: Record<string, unknown>): string =>
	new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, formValue(value)])).toString();

const jsonTextArb: fc.Arbitrary<string> = fc.oneof(
	fc.json({ maxDepth: 3 }),
	fieldsArb.map((fields) => JSON.stringify(fields)),
	// Truncated JSON: "Unexpected end of JSON input" (observed 04e).
	fc.tuple(fieldsArb, fc.nat()).map(([fields, cut]) => {
		const text = JSON.stringify(fields);
		return text.slice(0, cut % Math.max(1, text.length));
	}),
);

const formTextArb: fc.Arbitrary<string> = fc
	.array(fc.tuple(fieldNameArb, fieldValueArb.map(formValue)), { maxLength: 5 })
	.map((pairs) => new URLSearchParams(pairs).toString());

const garbageArb: fc.Arbitrary<string | Uint8Array> = fc.oneof(
	fc.uint8Array({ maxLength: 200 }),
	fc.string({ unit: "binary", maxLength: 100 }),
	fc.constantFrom(
		"{",
		"[",
		'{"email":',
		"--bogus\r\nContent-Disposition: form-data\r\n\r\nx",
		"a=%E0%A4%A&b",
		"[".repeat(100_000),
		"x".repeat(110 * 1024),
	),
);

const JSON_TYPES = ["application/json", "application/json; charset=utf-8", "application/vnd.api+json"];
const FORM_TYPE = "application/x-www-form-urlencoded";
const OTHER_TYPES = ["text/plain", "multipart/form-data; boundary=bogus", "multipart/form-data", "application/octet-stream"];
const anyContentTypeArb: fc.Arbitrary<string | undefined> = fc.oneof(
	fc.constantFrom<string | undefined>(...JSON_TYPES, FORM_TYPE, ...OTHER_TYPES, undefined),
	fc.string({ maxLength: 20 }),
);

/** A body and its Content-Type; without a Content-Type the body is sent as bytes, so none is added. */
export const bodyArb = (shape: BodyShape | undefined): fc.Arbitrary<BodyChoice> => {
	const choices: Array<fc.WeightedArbitrary<BodyChoice>> = [
		{ weight: 1, arbitrary: fc.constant({}) },
		{ weight: 2, arbitrary: fc.record({ body: jsonTextArb, contentType: fc.constantFrom(...JSON_TYPES) }) },
		{ weight: 1, arbitrary: fc.record({ body: formTextArb, contentType: fc.constant(FORM_TYPE) }) },
		{
			weight: 2,
			arbitrary: fc.record({ body: fc.oneof(jsonTextArb, formTextArb, garbageArb), contentType: anyContentTypeArb }, {
				requiredKeys: ["body"],
			}),
		},
	];
	if (shape !== undefined) {
		choices.push(
			{
				weight: 4,
				arbitrary: fc.record({
					body: ownBodyArb(shape).map((fields) => JSON.stringify(fields)),
					contentType: fc.constantFrom(...JSON_TYPES),
				}),
			},
			{ weight: 1, arbitrary: fc.record({ body: ownBodyArb(shape).map(asForm), contentType: fc.constant(FORM_TYPE) }) },
		);
	}
	return fc.oneof(...choices).map(({ body, contentType }) => ({
		body: contentType === undefined && typeof body === "string" ? new TextEncoder().encode(body) : body,
		...(contentType === undefined ? {} : { contentType }),
	}));
};
