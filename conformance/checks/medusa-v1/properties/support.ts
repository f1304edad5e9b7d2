// Arbitrary requests to the customer auth routes that take a body, and the error answers Medusa
// 1.20.11 was seen to give there (facts 2, 3). Bodies are JSON objects, forms, JSON sent as
// text/plain, or nothing: malformed JSON and top-level non-objects get upstream's HTML page (N2),
// which no reference copies, so they are left out. Each body goes to every route; its fields are
// usually there and usually well typed, with values from a pool that holds a registered customer,
// so that requests get past validation to the answers that depend on the account.
import fc from "fast-check";
import type { Reply, RequestSpec } from "../../../kit/http.ts";
import type { CheckContext } from "../../../kit/context.ts";
import { type Customer, newCustomer, UNAUTHORIZED } from "../flows.ts";

/** Each route and the body fields it reads (seed 001's routes; facts 10, 15, 34, 40). */
export const ROUTE_FIELDS = {
	"/store/auth": ["email", "password"],
	"/store/auth/token": ["email", "password"],
	"/store/customers": ["email", "password", "first_name", "last_name", "phone"],
	"/store/customers/password-token": ["email"],
	"/store/customers/password-reset": ["email", "token", "password"],
} as const;

export type Route = keyof typeof ROUTE_FIELDS;
export const ROUTES = Object.keys(ROUTE_FIELDS) as Route[];

const FIELDS = ["email", "password", "token", "first_name", "last_name", "phone"] as const;
type Field = (typeof FIELDS)[number];

/** Every JSON error body seen on these routes, as its keys in order (observed:error-shapes). */
const JSON_SHAPES = [["type", "message"], ["code", "type", "message"]].map((keys) => keys.join(","));

/** One generated body, sent to every route with the fields that route reads and the unknown ones. */
export interface FuzzBody {
	encoding: "json" | "form" | "text/plain" | "none";
	fields: Partial<Record<Field, unknown>>;
	unknown: Record<string, unknown>;
}

const ill = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([]));

const wellTyped = (customer: Customer, unknownEmail: string): Record<Field, fc.Arbitrary<unknown>> => {
	const text = fc.string({ maxLength: 20 });
	return {
		email: fc.constantFrom(customer.email, customer.email.toUpperCase(), unknownEmail, "not-an-email"),
		password: fc.oneof(fc.constant(customer.password), fc.string({ minLength: 1, maxLength: 20 })),
		token: fc.oneof(fc.constantFrom("garbage", "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"), text),
		first_name: text,
		last_name: text,
		phone: text,
	};
};

/** Each field mostly present and mostly well typed; now and then an unknown field beside them. */
const fuzzBody = (customer: Customer, unknownEmail: string): fc.Arbitrary<FuzzBody> => {
	const values = wellTyped(customer, unknownEmail);
	const field = (name: Field) => fc.option(fc.oneof({ arbitrary: values[name], weight: 4 }, { arbitrary: ill, weight: 1 }), { freq: 6, nil: undefined });
	const fields = fc.tuple(...FIELDS.map(field)).map((drawn) => Object.fromEntries(FIELDS.flatMap((name, i) => (drawn[i] === undefined ? [] : [[name, drawn[i]]]))));
	const unknownName = fc.stringMatching(/^[a-z][a-z_]{0,11}$/).filter((name) => !(FIELDS as readonly string[]).includes(name) && name !== "constructor");
	const unknown = fc.oneof({ arbitrary: fc.constant({}), weight: 4 }, { arbitrary: fc.dictionary(unknownName, ill, { minKeys: 1, maxKeys: 2 }), weight: 1 });
	const encoding = fc.oneof(
		{ arbitrary: fc.constant("json" as const), weight: 8 },
		{ arbitrary: fc.constantFrom("form" as const, "text/plain" as const, "none" as const), weight: 1 },
	);
	return fc.record({ encoding, fields, unknown });
};

/** The request `body` makes for `route`: the fields the route reads, and the unknown ones. */
const toSpec = (route: Route, body: FuzzBody): RequestSpec => {
	const read: readonly string[] = ROUTE_FIELDS[route];
	const sent = { ...Object.fromEntries(Object.entries(body.fields).filter(([name]) => read.includes(name))), ...body.unknown };
	const base = { method: "POST", path: route, useJar: false };
	const text = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value));
	switch (body.encoding) {
		case "json":
			return { ...base, json: sent };
		case "form":
			return { ...base, form: Object.fromEntries(Object.entries(sent).map(([name, value]) => [name, text(value)])) };
		case "text/plain":
			return { ...base, raw: { body: JSON.stringify(sent), contentType: "text/plain" } };
		case "none":
			return base;
	}
};

/** Why a 4xx answer is none of the documented ones, or undefined when it is one. */
export const undocumentedError = (reply: Reply): string | undefined => {
	if (reply.text === UNAUTHORIZED) return undefined;
	if (!reply.headers.get("content-type")?.startsWith("application/json")) return `neither the text ${UNAUTHORIZED} nor application/json`;
	const body = reply.body;
	if (typeof body !== "object" || body === null || Array.isArray(body)) return "the error body is not a JSON object";
	const keys = Object.keys(body).join(",");
	if (!JSON_SHAPES.includes(keys)) return `the error body's keys are {${keys}}`;
	if (!Object.values(body).every((value) => typeof value === "string")) return "an error body value is not a string";
	return undefined;
};

/**
 * The fuzzing both body properties share: a fresh customer, then every generated body sent to every
 * route, each answer handed to `judge` (which asserts).
 */
export const forEveryAnswer = async (ctx: CheckContext, judge: (route: Route, reply: Reply) => void): Promise<void> => {
	const customer = await newCustomer(ctx);
	await ctx.property(fuzzBody(customer, ctx.uniqueEmail("unknown")), async (body) => {
		for (const route of ROUTES) judge(route, await ctx.request(toSpec(route, body)));
	});
};
