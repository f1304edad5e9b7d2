// Arbitrary requests to the medusa-v2 profile: every documented route (medusa-v2-observed.md table),
// the same paths with other methods, near-miss and unknown paths, and arbitrary query strings.
import fc from "fast-check";
import type { GatecheckApp } from "../../../src/app.ts";
import { call } from "../../support/test-app.ts";
import type { BodyShape } from "./bodies.ts";

export interface FuzzRequest {
	method: string;
	/** Path and query, as sent. */
	path: string;
	headers: Record<string, string>;
	/** A string goes through `call`; bytes are sent as they are, with no Content-Type added. */
	body?: string | Uint8Array;
}

/** Sends through `call` (test/support), except raw bytes, which `call` cannot carry. */
export const send = (app: GatecheckApp["app"], request: FuzzRequest): Promise<Response> => {
	const { method, path, headers, body } = request;
	if (body instanceof Uint8Array) {
		return app.handle(new Request(`http://localhost${path}`, { method, headers, body: body.slice().buffer }));
	}
	return call(app, path, { method, headers, body });
};

// Bun turns a method it does not know into GET, so only methods it keeps are drawn.
export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"] as const;

// Ids of /admin/api-keys/{id}/revoke: the fixture keys (fixtures/medusa-v2.json), active and revoked.
const API_KEY_IDS = [
	"apk_01JGATECHECKPKY00000000001",
	"apk_01JGATECHECKPKY00000000002",
	"apk_01JGATECHECKPKY00000000003",
	"apk_01JGATECHECKSKY00000000001",
];

// Path segment characters: URL-safe, sub-delims, '%' (often a broken escape) and non-ASCII.
const SEGMENT_CHARS = [..."abcdefxyzABCXYZ0189-_.~%:@!$&'()*+,;=", "é", "€", "\u00a0", "%2F", "%00", "%E0%A4%A"];
const segmentArb = fc.oneof(
	fc.constantFrom("auth", "store", "admin", "customer", "user", "emailpass", "session", "token", "customers", "me", "api-keys"),
	fc.array(fc.constantFrom(...SEGMENT_CHARS), { minLength: 1, maxLength: 8 }).map((chars) => chars.join("")),
);

const actorArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("customer", "user") }, segmentArb);
const providerArb = fc.oneof({ weight: 4, arbitrary: fc.constant("emailpass") }, segmentArb);

export interface Route {
	method: string;
	path: string;
	/** The body the route reads, if it reads one. */
	accepts?: BodyShape;
}

const AUTH_BODIES: Record<string, BodyShape> = {
	"": "credentials",
	"/register": "credentials",
	"/reset-password": "identifier",
	"/update": "password",
};

/** Every route of the profile, mostly with its own method. */
const knownRouteArb: fc.Arbitrary<Route> = fc.oneof(
	fc
		.tuple(actorArb, providerArb, fc.constantFrom("", "/register", "/reset-password", "/update"))
		.map(([actor, provider, suffix]) => ({ method: "POST", path: `/auth/${actor}/${provider}${suffix}`, accepts: AUTH_BODIES[suffix] })),
	fc.constantFrom<Route>(
		{ method: "POST", path: "/auth/token/refresh" },
		{ method: "POST", path: "/auth/session" },
		{ method: "DELETE", path: "/auth/session" },
		{ method: "POST", path: "/store/customers", accepts: "customer" },
		{ method: "GET", path: "/store/customers/me" },
		{ method: "GET", path: "/store/products" },
		{ method: "GET", path: "/admin/users/me" },
		{ method: "GET", path: "/admin/products" },
		{ method: "GET", path: "/admin/api-keys" },
		{ method: "POST", path: "/admin/api-keys", accepts: "api-key" },
	),
	fc
		.oneof({ weight: 3, arbitrary: fc.constantFrom(...API_KEY_IDS) }, { weight: 1, arbitrary: segmentArb })
		.map((id) => ({ method: "POST", path: `/admin/api-keys/${id}/revoke`, accepts: "revoke" as const })),
);

const unknownRouteArb: fc.Arbitrary<Route> = fc.record({
	method: fc.constantFrom(...METHODS),
	path: fc.array(segmentArb, { maxLength: 5 }).map((segments) => `/${segments.join("/")}`),
});

const queryArb: fc.Arbitrary<string> = fc.oneof(
	{ weight: 2, arbitrary: fc.constant("") },
	fc
		.array(
			fc.tuple(
				fc.oneof(fc.constantFrom("limit", "offset", "fields", "order", "q", "limit[]"), fc.string({ maxLength: 6 })),
				fc.oneof(fc.constantFrom("0", "-1", "1e9", "NaN", "2.5", "", "9007199254740993"), fc.string({ maxLength: 8 })),
			),
			{ minLength: 1, maxLength: 4 },
		)
		.map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
);

/** A route (known, known with another method, or unknown) with an optional query string. */
export const routeArb: fc.Arbitrary<Route> = fc
	.tuple(
		fc.oneof(
			{ weight: 6, arbitrary: knownRouteArb },
			{ weight: 1, arbitrary: fc.tuple(knownRouteArb, fc.constantFrom(...METHODS)).map(([route, method]) => ({ ...route, method })) },
			{ weight: 2, arbitrary: unknownRouteArb },
		),
		queryArb,
	)
	.map(([route, query]) => ({ ...route, path: `${route.path}${query}` }));
