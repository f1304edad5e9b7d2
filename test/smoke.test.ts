import { describe, expect, test } from "bun:test";
import { CUSTOMER, call, decodeJwt, login, makeTestApp, PUBLISHABLE_KEY } from "./support/test-app.ts";

describe("medusa-v2 reference, the README's first login", () => {
	test("customer@example.com logs in and reads /store/customers/me", async () => {
		const { app } = await makeTestApp();
		const token = await login(app, "customer", CUSTOMER);
		expect(decodeJwt(token)).toMatchObject({ actor_type: "customer", auth_provider: "emailpass" });
		const me = await call(app, "/store/customers/me", {
			headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": PUBLISHABLE_KEY },
		});
		expect(me.status).toBe(200);
		expect(me.headers.get("content-type")).toBe("application/json; charset=utf-8");
		expect(((await me.json()) as { customer: { email: string } }).customer.email).toBe(CUSTOMER.email);
	});
});
