// Arbitrary requests for the auth and store routes (any body under any content type, with or
// without credentials) and the error-body shapes Medusa 2.21.2 answers with.
import fc from "fast-check";
import type { RequestSpec } from "../../../kit/http.ts";

/** Every error body Medusa 2.21.2 was seen to send: its keys, in order (observed:error-shapes). */
export const ERROR_SHAPES: readonly string[] = [["message"], ["type", "message"], ["message", "type"], ["code", "type", "message"]].map(
	(keys) => keys.join(","),
);

/** Why `text` is not a documented error body, or undefined when it is one. */
export const undocumentedShape = (text: string): string | undefined => {
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return "the error body is not JSON";
	}
	if (typeof body !== "object" || body === null || Array.isArray(body)) return "the error body is not a JSON object";
	const keys = Object.keys(body).join(",");
	if (!ERROR_SHAPES.includes(keys)) return `the error body's keys are {${keys}}`;
	if (!Object.values(body).every((value) => typeof value === "string")) return "an error body value is not a string";
	return undefined;
};

interface Route {
	method: "GET" | "POST" | "DELETE";
	path: string;
}

const actorRoutes = (actor: string): Route[] =>
	["", "/register", "/reset-password", "/update"].map((suffix) => ({ method: "POST", path: `/auth/${actor}/emailpass${suffix}` }));

export const ROUTES: readonly Route[] = [
	...actorRoutes("customer"),
	...actorRoutes("user"),
	{ method: "POST", path: "/auth/token/refresh" },
	{ method: "POST", path: "/auth/session" },
	{ method: "DELETE", path: "/auth/session" },
	{ method: "POST", path: "/store/customers" },
	{ method: "GET", path: "/store/customers/me" },
	{ method: "GET", path: "/store/products" },
];

const CONTENT_TYPES = [
	"application/x-www-form-urlencoded",
	"text/plain",
	"multipart/form-data",
	"application/xml",
	"application/octet-stream",
];

// Mostly JSON, where parsing and validation can go wrong; then the other common types, random ones, and none.
const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
	{ arbitrary: fc.constantFrom("application/json", "application/json; charset=utf-8"), weight: 3 },
	{ arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 2 },
	{ arbitrary: fc.stringMatching(/^[a-z]{1,12}\/[a-z0-9.+-]{1,16}$/), weight: 1 },
	{ arbitrary: fc.constant(undefined), weight: 1 },
);

const credentialish = fc.record(
	{
		email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null)),
		password: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean()),
		identifier: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 20 }), fc.integer()),
	},
	{ requiredKeys: [] },
);

/** A body as sent: JSON of any value, credential-like JSON, a form, truncated JSON, or printable garbage. */
const body = fc.oneof(
	fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
	credentialish.map((value) => JSON.stringify(value)),
	fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 }), { maxKeys: 4 }).map((form) => new URLSearchParams(form).toString()),
	fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.nat()).map(([value, cut]) => {
		const text = JSON.stringify(value);
		return text.slice(0, cut % Math.max(1, text.length));
	}),
	fc.string({ unit: "binary", maxLength: 60 }),
);

const authorization = fc.option(
	fc.oneof(fc.constant("Bearer garbage"), fc.string({ unit: "grapheme-ascii", maxLength: 40 }).map((s) => `Bearer ${s.trim()}`)),
	{ nil: undefined },
);

export interface FuzzRequest {
	route: Route;
	contentType?: string;
	body?: string;
	authorization?: string;
	withKey: boolean;
}

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.record({
	route: fc.constantFrom(...ROUTES),
	contentType,
	body: fc.option(body, { nil: undefined }),
	authorization,
	withKey: fc.boolean(),
});

/** The request spec for `request`; GET carries no body (fetch forbids one). */
export const toSpec = (request: FuzzRequest, publishableKey: string | undefined): RequestSpec => {
	const headers: Record<string, string> = {};
	if (request.authorization !== undefined) headers.authorization = request.authorization;
	if (request.withKey && publishableKey !== undefined) headers["x-publishable-api-key"] = publishableKey;
	const sendsBody = request.route.method !== "GET" && request.body !== undefined;
	if (request.contentType !== undefined) headers["content-type"] = request.contentType;
	return {
		method: request.route.method,
		path: request.route.path,
		headers,
		raw: sendsBody ? { body: request.body ?? "" } : undefined,
		useJar: false,
	};
};
