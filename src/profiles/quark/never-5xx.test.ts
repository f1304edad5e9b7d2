// Bad input gets a 4xx, never a 5xx (contracts README, "No 5xx on bad input"): any body, of any
// content type, to every route that reads one, with and without a customer's token; any path
// segment and query to the routes that read them; any Authorization header. Each run comes from an
// address of its own, so that the rate limits answer none of them.
import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { announceSeed, runParameters } from "../../../test/properties/lib/seed.ts";
import { sendFrom } from "../../../test/support/test-app.ts";
import { bearer, CUSTOMER, quarkApp, signIn } from "../../../test/support/quark.ts";

announceSeed();

const BODY_ROUTES = [
	"/api/auth/register",
	"/api/auth/login",
	"/api/auth/refresh",
	"/api/auth/change-password",
	"/api/auth/forgot-password",
	"/api/auth/reset-password",
	"/api/storefront/basket/1b4e28ba-2fa1-41d2-883f-0016d3cca427",
	"/api/storefront/checkout/place-order",
	"/api/storefront/addresses",
	"/api/storefront/gdpr/consent",
];

const FIELDS = ["email", "password", "firstName", "lastName", "refreshToken", "currentPassword", "newPassword", "resetBaseUrl", "token", "items", "basketId", "addressId", "documentId", "accepted", "countryCode", "x"];

const body = fc.oneof(
	fc.json(),
	fc.string(),
	fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.jsonValue(), fc.array(fc.record({ productId: fc.jsonValue(), quantity: fc.jsonValue() })))).map((value) => JSON.stringify(value)),
);

let lastAddress = 0;
/** A fresh client address for each request. */
const fresh = (request: Request): Request => sendFrom(`10.${(++lastAddress >> 16) & 255}.${(lastAddress >> 8) & 255}.${lastAddress & 255}`, request);

describe("quark: no 5xx on bad input", () => {
	test("any body of any content type to a route that reads one, with and without a token", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...BODY_ROUTES),
				body,
				fc.constantFrom("application/json", "APPLICATION/JSON; charset=utf-8", "text/plain", "application/x-www-form-urlencoded"),
				fc.boolean(),
				async (path, text, type, signedIn) => {
					const headers = { "content-type": type, ...(signedIn ? bearer(accessToken) : {}) };
					const response = await app.app.handle(fresh(new Request(`http://localhost${path}`, { method: "POST", body: text, headers })));
					expect(response.status).toBeLessThan(500);
				},
			),
			runParameters(300),
		);
	});

	test("any path segment, query and method under /api, with and without a token", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		const segment = fc.stringMatching(/^[A-Za-z0-9@.%_~+-]{1,40}$/);
		const prefix = fc.constantFrom("/api/storefront/products/", "/api/storefront/basket/", "/api/storefront/addresses/", "/api/storefront/checkout/", "/api/storefront/gdpr/", "/api/auth/", "/api/");
		const query = fc.array(fc.tuple(fc.constantFrom("q", "categoryId", "x"), fc.string()), { maxLength: 3 });
		await fc.assert(
			fc.asyncProperty(prefix, segment, query, fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH"), fc.boolean(), async (base, id, pairs, method, signedIn) => {
				const url = `http://localhost${base}${id}?${new URLSearchParams(pairs)}`;
				const response = await app.app.handle(fresh(new Request(url, { method, headers: signedIn ? bearer(accessToken) : {} })));
				expect(response.status).toBeLessThan(500);
			}),
			runParameters(300),
		);
		const search = await app.app.handle(fresh(new Request("http://localhost/api/storefront/products/search?q=%E0%A4%A")));
		expect(search.status).toBeLessThan(500);
	});

	test("any Authorization header to a protected route", async () => {
		const app = await quarkApp();
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((token) => `Bearer ${token}`), fc.base64String().map((token) => `Bearer a.${token}.b`)), async (authorization) => {
				const headers: Record<string, string> = /^[\t\x20-\x7e]*$/.test(authorization) ? { authorization } : {};
				const response = await app.app.handle(fresh(new Request("http://localhost/api/storefront/orders", { headers })));
				expect(response.status).toBeLessThan(500);
			}),
			runParameters(200),
		);
	});
});
