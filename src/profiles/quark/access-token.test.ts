// The access token against FACTS.md §D (HS256, iss HeadlessEcommerceApi, aud HeadlessEcommerceClient,
// 60 minutes) and the reference's verification (README): the signature, HS256 only, `exp` required
// and no clock skew, then `iss` and `aud`; RFC 6750's WWW-Authenticate on each 401.
import { describe, expect, test } from "bun:test";
import { SignJWT } from "jose";
import { decodeJwt, TEST_JWT_SECRET } from "../../../test/support/test-app.ts";
import { bearer, CUSTOMER, CUSTOMER_ID, quarkApp, signIn, T0 } from "../../../test/support/quark.ts";

const KEY = new TextEncoder().encode(TEST_JWT_SECRET);
const NOW = T0 / 1000;

const GOOD_CLAIMS = { sub: CUSTOMER_ID, email: CUSTOMER.email, jti: "1", role: "Customer", iat: NOW, exp: NOW + 3600, nbf: NOW, iss: "HeadlessEcommerceApi", aud: "HeadlessEcommerceClient" };

const forge = (claims: Record<string, unknown>, alg = "HS256"): Promise<string> => new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT" }).sign(KEY);

const unsigned = (claims: Record<string, unknown>): string =>
	`${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.`;

describe("the access token", () => {
	test("HS256 with sub, email, jti, role, iat, exp, nbf, iss, aud; 3600 s", async () => {
		const app = await quarkApp();
		const { accessToken, user } = await signIn(app, CUSTOMER);
		expect(JSON.parse(Buffer.from(accessToken.split(".")[0] ?? "", "base64url").toString())).toEqual({ alg: "HS256", typ: "JWT" });
		const claims = decodeJwt(accessToken);
		expect(Object.keys(claims)).toEqual(["sub", "email", "jti", "role", "iat", "exp", "nbf", "iss", "aud"]);
		expect(claims).toMatchObject({ sub: user.id, email: CUSTOMER.email, role: "Customer", iat: NOW, exp: NOW + 3600, nbf: NOW, iss: "HeadlessEcommerceApi", aud: "HeadlessEcommerceClient" });
		expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
	});

	test("works until exp and not from exp on, to the millisecond (no clock skew)", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		app.clock.advance(3_600_000 - 1);
		expect((await app.call("/api/storefront/profile", { headers: bearer(accessToken) })).status).toBe(200);
		app.clock.advance(1);
		const expired = await app.call("/api/storefront/profile", { headers: bearer(accessToken) });
		expect([expired.status, expired.headers.get("www-authenticate")]).toEqual([401, 'Bearer error="invalid_token"']);
	});

	test("a token of the right key but another issuer, another audience, no exp, another HMAC or alg none is the 401", async () => {
		const app = await quarkApp();
		expect((await app.call("/api/storefront/profile", { headers: bearer(await forge(GOOD_CLAIMS)) })).status).toBe(200);
		const { exp: _, ...withoutExp } = GOOD_CLAIMS;
		const refused = [
			await forge({ ...GOOD_CLAIMS, iss: "SomeOtherApi" }),
			await forge({ ...GOOD_CLAIMS, aud: "SomeOtherClient" }),
			await forge({ ...GOOD_CLAIMS, iss: undefined, aud: undefined }),
			await forge(withoutExp),
			await forge(GOOD_CLAIMS, "HS384"),
			await forge(GOOD_CLAIMS, "HS512"),
			unsigned(GOOD_CLAIMS),
			await forge({ ...GOOD_CLAIMS, sub: "00000000-0000-4000-8000-000000000000" }),
			`${(await forge(GOOD_CLAIMS)).slice(0, -2)}xx`,
		];
		for (const token of refused) {
			const response = await app.call("/api/storefront/orders", { headers: bearer(token) });
			expect([response.status, response.headers.get("www-authenticate"), await response.json()]).toEqual([401, 'Bearer error="invalid_token"', { message: "Unauthorized" }]);
		}
	});

	test("an audience list that holds ours is accepted (RFC 7519 §4.1.3)", async () => {
		const app = await quarkApp();
		const token = await forge({ ...GOOD_CLAIMS, aud: ["Other", "HeadlessEcommerceClient"] });
		expect((await app.call("/api/storefront/profile", { headers: bearer(token) })).status).toBe(200);
	});

	test("no token, or another scheme, is the 401 with a bare `Bearer` challenge", async () => {
		const app = await quarkApp();
		for (const headers of [{}, { authorization: "Basic dXNlcjpwYXNz" }, { authorization: "Bearer" }] as Array<Record<string, string>>) {
			const response = await app.call("/api/storefront/orders", { headers });
			expect([response.status, response.headers.get("www-authenticate")]).toEqual([401, "Bearer"]);
		}
	});
});
