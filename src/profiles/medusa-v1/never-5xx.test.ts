// Bad input gets a 4xx, never a 5xx (contracts README, "No 5xx on bad input"): any body, of any
// content type, to each v1 route that reads one, any path segment to GET /store/auth/{email} and
// GET /store/products/{id}, and any limit and offset to GET /store/products.
import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { announceSeed, runParameters } from "../../../test/properties/lib/seed.ts";
import { makeTestApp } from "../../../test/support/test-app.ts";
import medusaV1 from "./index.ts";

announceSeed();

const BODY_ROUTES = ["/store/auth/token", "/store/auth", "/store/customers", "/store/customers/password-token", "/store/customers/password-reset", "/admin/auth", "/admin/auth/token"];

const body = fc.oneof(
	fc.json(),
	fc.string(),
	fc.dictionary(fc.constantFrom("email", "password", "token", "first_name", "phone", "x"), fc.jsonValue()).map((value) => JSON.stringify(value)),
);

describe("medusa-v1: no 5xx on bad input", () => {
	test("any body of any content type to a route that reads one", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...BODY_ROUTES), body, fc.constantFrom("application/json", "APPLICATION/JSON; charset=utf-8", "text/plain", "application/x-www-form-urlencoded"), async (path, text, type) => {
				const response = await app.handle(new Request(`http://localhost${path}`, { method: "POST", body: text, headers: { "content-type": type } }));
				expect(response.status).toBeLessThan(500);
			}),
			runParameters(200),
		);
	});

	test("any path segment to GET /store/auth/{email}", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const segment = fc.stringMatching(/^[A-Za-z0-9@.%_~+-]{1,40}$/);
		await fc.assert(
			fc.asyncProperty(segment, async (path) => {
				const response = await app.handle(new Request(`http://localhost/store/auth/${path}`));
				expect(response.status).toBeLessThan(500);
			}),
			runParameters(200),
		);
	});

	test("any limit and offset to GET /store/products, and any path segment to GET /store/products/{id}", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const value = fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String));
		const query = fc.array(fc.tuple(fc.constantFrom("limit", "offset", "x"), value), { maxLength: 3 });
		const segment = fc.stringMatching(/^[A-Za-z0-9@.%_~+-]{1,40}$/);
		await fc.assert(
			fc.asyncProperty(query, segment, async (pairs, id) => {
				const list = await app.handle(new Request(`http://localhost/store/products?${new URLSearchParams(pairs)}`));
				expect(list.status).toBeLessThan(500);
				const one = await app.handle(new Request(`http://localhost/store/products/${id}`));
				expect(one.status).toBeLessThan(500);
			}),
			runParameters(200),
		);
	});
});
