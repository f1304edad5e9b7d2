// Arbitrary credentials headers: Authorization with any scheme and token (valid ones included, so
// that the routes behind authentication are reached too), connect.sid cookies (express-session's
// `s:` signed form, cookie-parser's `j:` JSON form, broken escapes, real ones) and publishable keys.
import fc from "fast-check";
import { PUBLISHABLE_KEY, REVOKED_KEY, SECRET_KEY, WHOLESALE_KEY } from "../../support/test-app.ts";

/** Real credentials, issued afresh for each run of a property. */
export interface RealCredentials {
	customerToken: string;
	adminToken: string;
	/** From /register: actor_id "" (observed 01). */
	registrationToken: string;
	/** connect.sid values as Set-Cookie sends them (`s%3A…`, observed 06). */
	customerCookie: string;
	adminCookie: string;
}

/**
 * What the arbitraries draw in place of real credentials: the server is reset before each run, so
 * the real ones exist only then, and a counterexample reads better with names than with JWTs.
 */
export const PLACEHOLDERS: RealCredentials = {
	customerToken: "{customer-token}",
	adminToken: "{admin-token}",
	registrationToken: "{registration-token}",
	customerCookie: "{customer-cookie}",
	adminCookie: "{admin-cookie}",
};

/** `headers` with every placeholder replaced by the credential it stands for. */
export const withCredentials = (headers: Record<string, string>, real: RealCredentials): Record<string, string> => {
	const replace = (value: string): string =>
		(Object.keys(PLACEHOLDERS) as Array<keyof RealCredentials>).reduce(
			(text, name) => text.replaceAll(PLACEHOLDERS[name], real[name]),
			value,
		);
	return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, replace(value)]));
};

/** Header values must be ByteStrings; anything else is percent-encoded so the client does not refuse it. */
export const headerSafe = (value: string): string => (/^[\t\x20-\x7e\x80-\xff]*$/.test(value) ? value : encodeURIComponent(value));

const base64urlText = fc.base64String({ maxLength: 40 }).map((text) => text.replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_"));
const jwtLike = fc.tuple(base64urlText, base64urlText, base64urlText).map((parts) => parts.join("."));

const tokenArb: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(PLACEHOLDERS.customerToken, PLACEHOLDERS.adminToken, PLACEHOLDERS.registrationToken, SECRET_KEY, btoa(`${SECRET_KEY}:`)),
	jwtLike,
	fc.string({ maxLength: 60 }),
);

const schemeArb = fc.oneof(fc.constantFrom("Bearer", "bearer", "BEARER", "Basic", "Token", "JWT", ""), fc.string({ maxLength: 8 }));
const spacesArb = fc.constantFrom(" ", "  ", "\t", " \t ", "");

const authorizationArb: fc.Arbitrary<string> = fc.oneof(
	// Working credentials (observed 05a, 05k, 09b; a secret key as Basic), so that the routes behind them run.
	{
		weight: 3,
		arbitrary: fc.oneof(
			fc
				.tuple(
					fc.constantFrom("Bearer", "bearer"),
					fc.constantFrom(PLACEHOLDERS.customerToken, PLACEHOLDERS.adminToken, PLACEHOLDERS.registrationToken),
				)
				.map(([scheme, token]) => `${scheme} ${token}`),
			fc.constantFrom(`Basic ${SECRET_KEY}`, `Basic ${btoa(`${SECRET_KEY}:`)}`),
		),
	},
	{ weight: 3, arbitrary: fc.tuple(schemeArb, spacesArb, tokenArb).map(([scheme, spaces, token]) => `${scheme}${spaces}${token}`) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
);

const sessionValueArb: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(PLACEHOLDERS.customerCookie, PLACEHOLDERS.adminCookie) },
	fc.constantFrom("", "s%3A", "%E0%A4%A", "s%3A%E0%A4%A.x"),
	fc.string({ maxLength: 40 }).map((text) => `s:${text}`),
	fc.tuple(base64urlText, base64urlText).map(([id, sig]) => `s%3A${id}.${sig}`),
	fc.jsonValue({ maxDepth: 2 }).map((value) => `j:${JSON.stringify(value)}`),
	fc.jsonValue({ maxDepth: 2 }).map((value) => encodeURIComponent(`j:${JSON.stringify(value)}`)),
	fc.string({ maxLength: 40 }),
);

const cookieArb: fc.Arbitrary<string> = fc
	.tuple(sessionValueArb, fc.constantFrom("", "", "", "a=b; ", "connect.sid=x; "), fc.constantFrom("", "", "", "; c=d", "; connect.sid=y"))
	.map(([value, before, after]) => `${before}connect.sid=${value}${after}`);

const publishableKeyArb = fc.oneof(
	{ weight: 4, arbitrary: fc.constant(PUBLISHABLE_KEY) },
	{ weight: 1, arbitrary: fc.constantFrom(WHOLESALE_KEY, REVOKED_KEY, SECRET_KEY, `pk_${"0".repeat(64)}`, "pk_invalid") },
	{ weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
);

const originArb = fc.oneof(fc.constantFrom("http://localhost:8000", "http://localhost:9000", "null"), fc.string({ maxLength: 30 }));

/** A set of request headers, each one present or not (an Authorization header more often than not). */
export const credentialHeadersArb: fc.Arbitrary<Record<string, string>> = fc
	.record({
		authorization: fc.option(authorizationArb, { freq: 5 }),
		cookie: fc.option(cookieArb, { freq: 2 }),
		"x-publishable-api-key": fc.option(publishableKeyArb, { freq: 5 }),
		origin: fc.option(originArb, { freq: 1 }),
	})
	.map((headers) =>
		Object.fromEntries(
			Object.entries(headers).flatMap(([name, value]) => (value === null ? [] : [[name, headerSafe(value)]])),
		)
	);
