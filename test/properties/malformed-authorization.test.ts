// Property 3: an Authorization header that does not carry a valid token of the route's actor as
// `Bearer <token>` is refused with the auth middleware's 401 `{"message":"Unauthorized"}`, on the
// store (with a valid publishable key, so the key check passes: observed 05g) and on the admin.
// Sources: 05b (no token), 05c (garbage), 05k (no scheme, `Basic <t>`), 09b (garbage, customer token
// on the admin), 09c (admin token on the store). The scheme is compared case-insensitively and split
// from the token at whitespace (05k), so `Bearer   <valid>` is a valid header and is not drawn here.
import { beforeAll, describe, expect, test } from "bun:test";
import fc from "fast-check";
import type { GatecheckApp } from "../../src/app.ts";
import { ADMIN, call, CUSTOMER, login, makeTestApp, PUBLISHABLE_KEY } from "../support/test-app.ts";
import { announceSeed, runParameters } from "./lib/seed.ts";
import { observe, UNAUTHORIZED_BODY } from "./lib/shapes.ts";

announceSeed();

let app: GatecheckApp["app"];
let customerToken: string;
let adminToken: string;

beforeAll(async () => {
	({ app } = await makeTestApp());
	customerToken = await login(app, "customer", CUSTOMER);
	adminToken = await login(app, "user", ADMIN);
});

const spacesArb = fc.constantFrom("", " ", "  ", "\t", " \t ", "     ");
const schemeArb = fc.oneof(
	fc.constantFrom("Bearer", "bearer", "BEARER", "Basic", "Token", "JWT", "Digest", ""),
	fc.string({ maxLength: 10 }),
);
const base64urlArb = fc.base64String({ maxLength: 60 }).map((text) => text.replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_"));
const garbageTokenArb = fc.oneof(
	fc.string({ maxLength: 80 }),
	base64urlArb,
	fc.tuple(base64urlArb, base64urlArb, base64urlArb).map((parts) => parts.join(".")),
	fc.constantFrom("null", "undefined", "eyJhbGciOiJub25lIn0.e30.", "sk_0", ".", ".."),
);
const startsWithBearerWord = (text: string): boolean => /^\s*bearer(\s|$)/i.test(text);

/** Malformed headers for a route whose valid token is `valid`, with `other` a valid token of another actor. */
const malformedArb = (valid: string, other: string): fc.Arbitrary<string> =>
	fc.oneof(
		// Empty, blank, or a scheme alone.
		fc.tuple(spacesArb, fc.constantFrom("", "Bearer", "bearer", "Basic"), spacesArb).map((parts) => parts.join("")),
		// Any scheme, any spacing, a token that is not one.
		fc.tuple(schemeArb, spacesArb, garbageTokenArb).map((parts) => parts.join("")),
		// The valid token cut short, or lengthened by anything but whitespace (after whitespace the
		// rest is ignored, 05k); `=` padding included: compact JWS segments are base64url with the
		// trailing `=` omitted (RFC 7515 §2, §7.1), and upstream's jws refuses them as malformed.
		fc.nat({ max: valid.length - 1 }).map((cut) => `Bearer ${valid.slice(0, cut)}`),
		fc
			.oneof(fc.constantFrom("=", "==", ".", "A", "_", "%3D"), fc.string({ minLength: 1, maxLength: 3 }).filter((tail) => !/\s/.test(tail)))
			.map((tail) => `Bearer ${valid}${tail}`),
		// The valid token with no scheme, glued to it, or under another scheme or behind another word.
		fc.constantFrom(valid, `Bearer${valid}`, `bearer:${valid}`, `Bearer=${valid}`, `Bearer Bearer ${valid}`, `Basic ${valid}`),
		fc
			.tuple(schemeArb.filter((scheme) => !startsWithBearerWord(scheme) && scheme.trim() !== ""), fc.constantFrom(" ", "  ", "\t"))
			.map(([scheme, spaces]) => `${scheme}${spaces}${valid}`),
		// A valid token of the other actor (observed 09b, 09c).
		fc.constantFrom(`Bearer ${other}`, `bearer ${other}`),
	);

const ROUTES = [
	{ path: "/store/customers/me", headers: { "x-publishable-api-key": PUBLISHABLE_KEY }, actor: "customer" },
	{ path: "/admin/products", headers: {}, actor: "user" },
] as const;

describe("malformed Authorization headers", () => {
	for (const route of ROUTES) {
		test(
			`GET ${route.path} always answers 401 {message: Unauthorized}`,
			async () => {
				const [valid, other] = route.actor === "customer" ? [customerToken, adminToken] : [adminToken, customerToken];
				await fc.assert(
					fc.asyncProperty(malformedArb(valid, other), async (authorization) => {
						const response = await call(app, route.path, { headers: { ...route.headers, authorization } });
						expect(await observe(response)).toEqual({
							status: 401,
							contentType: "application/json; charset=utf-8",
							text: UNAUTHORIZED_BODY,
						});
					}),
					runParameters(200),
				);
			},
			{ timeout: 20_000 },
		);
	}
});
