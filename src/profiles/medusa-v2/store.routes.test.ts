// The store routes' answers as the optimised path builds them (bench/RESULTS.md): the headers the
// profile's hooks add are there once, after the content type; an edited customer record is never
// answered from the body kept for it; a revoked key and a destroyed session stop working at once,
// whatever the verified-token cache remembers.
import { describe, expect, test } from "bun:test";
import { call, CUSTOMER, login, makeTestApp, PUBLISHABLE_KEY } from "../../../test/support/test-app.ts";
import { MEDUSA_V2_DEFECTS } from "./defects.ts";

const me = (app: Awaited<ReturnType<typeof makeTestApp>>["app"], headers: Record<string, string>): Promise<Response> =>
	call(app, "/store/customers/me", { headers: { "x-publishable-api-key": PUBLISHABLE_KEY, ...headers } });

describe("GET /store/customers/me", () => {
	test("answers with the content type and the CORS headers, each once, with or without an allowed Origin", async () => {
		const { app } = await makeTestApp();
		const token = await login(app, "customer", CUSTOMER);
		for (const origin of [undefined, "http://localhost:8000", "https://evil.example"]) {
			const response = await me(app, { authorization: `Bearer ${token}`, ...(origin ? { origin } : {}) });
			expect(response.status).toBe(200);
			const allowed: Array<[string, string]> = origin === "http://localhost:8000" ? [["access-control-allow-origin", origin]] : [];
			expect([...response.headers]).toEqual([
				["access-control-allow-credentials", "true"],
				...allowed,
				["content-type", "application/json; charset=utf-8"],
				["vary", "Origin"],
			]);
		}
	});

	test("each request gets its own answer, with its origin's CORS headers, however many origins ask", async () => {
		const shops = /^http:\/\/shop\d+\.test$/;
		const { app } = await makeTestApp({ cors: { store: [shops], admin: [], auth: [] } });
		const token = await login(app, "customer", CUSTOMER);
		const bodies = new Set<string>();
		// More origins than a customer's answer is kept ready for (store-answers.ts), each asking twice.
		for (const origin of [undefined, ...Array.from({ length: 7 }, (_, n) => `http://shop${n}.test`), "http://elsewhere.test"])
			for (let round = 0; round < 2; round++) {
				const response = await me(app, { authorization: `Bearer ${token}`, ...(origin ? { origin } : {}) });
				expect(response.status).toBe(200);
				expect(response.headers.get("access-control-allow-origin")).toBe(origin && shops.test(origin) ? origin : null);
				expect(response.headers.get("vary")).toBe("Origin");
				bodies.add(await response.text());
			}
		expect(bodies.size).toBe(1);
		expect(JSON.parse([...bodies][0] as string).customer.email).toBe(CUSTOMER.email);
	});

	test("an edited customer record is answered as it is now, not as it was", async () => {
		const { app, runtime } = await makeTestApp();
		const token = await login(app, "customer", CUSTOMER);
		const first = (await (await me(app, { authorization: `Bearer ${token}` })).json()) as { customer: { id: string; first_name: string } };
		const record = runtime.state.store.getCustomer(first.customer.id);
		if (!record) throw new Error("no fixture customer");
		record.firstName = "Edited";
		const second = (await (await me(app, { authorization: `Bearer ${token}` })).json()) as { customer: { first_name: string } };
		expect(second.customer.first_name).toBe("Edited");
		(record as unknown as Record<string, unknown>).extra = "x";
		delete (record as unknown as Record<string, unknown>).extra;
		expect(((await (await me(app, { authorization: `Bearer ${token}` })).json()) as typeof second).customer.first_name).toBe("Edited");
	});

	test("a remembered token still needs a live publishable key, and a destroyed session stops at once", async () => {
		const { app, runtime } = await makeTestApp();
		const token = await login(app, "customer", CUSTOMER);
		expect((await me(app, { authorization: `Bearer ${token}` })).status).toBe(200);
		const key = runtime.state.store.findApiKey("publishable", PUBLISHABLE_KEY);
		if (!key) throw new Error("no fixture key");
		key.revokedAt = runtime.clock.now() - 1;
		expect((await me(app, { authorization: `Bearer ${token}` })).status).toBe(400);
		key.revokedAt = null;

		const made = await call(app, "/auth/session", { method: "POST", headers: { authorization: `Bearer ${token}` } });
		const cookie = made.headers.get("set-cookie")?.split(";")[0] ?? "";
		expect((await me(app, { cookie })).status).toBe(200);
		expect((await call(app, "/auth/session", { method: "DELETE", headers: { cookie } })).status).toBe(200);
		expect((await me(app, { cookie })).status).toBe(401);
	});

	test("a remembered token or a session is answered without a promise, from Elysia too (http/sync-route.ts)", async () => {
		const { app } = await makeTestApp();
		const token = await login(app, "customer", CUSTOMER);
		const request = () =>
			new Request("http://localhost/store/customers/me", { headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": PUBLISHABLE_KEY } });
		const first = app.fetch(request());
		expect(first).toBeInstanceOf(Promise);
		expect((await first).status).toBe(200);
		const again = app.fetch(request());
		expect(again).toBeInstanceOf(Response);
		expect((again as Response).status).toBe(200);
	});

	// A defect overrides the policy or wraps a building block, and a signer wrapper answers a
	// remembered token from the reference's cache: a broken build runs the reference's hot path.
	test.each(Object.keys(MEDUSA_V2_DEFECTS))("with %s on, a remembered token is still answered without a promise", async (defect) => {
		const { app } = await makeTestApp({ defects: [defect] });
		const token = await login(app, "customer", CUSTOMER);
		const request = () =>
			new Request("http://localhost/store/customers/me", { headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": PUBLISHABLE_KEY } });
		expect((await app.fetch(request())).status).toBe(200);
		const again = app.fetch(request());
		expect(again).toBeInstanceOf(Response);
		expect((again as Response).status).toBe(200);
	});

	test("a token that fails to verify is the profile's 401 with the CORS headers, as any other error is", async () => {
		const { app } = await makeTestApp();
		const token = await login(app, "customer", CUSTOMER);
		const origin = "http://localhost:8000";
		for (const bearer of [`${token.slice(0, -2)}xx`, "abc.def.ghi", "not-a-jwt"]) {
			const response = await me(app, { authorization: `Bearer ${bearer}`, origin });
			expect(response.status).toBe(401);
			expect(await response.json()).toEqual({ message: "Unauthorized" });
			expect(response.headers.get("access-control-allow-origin")).toBe(origin);
			expect(response.headers.get("vary")).toBe("Origin");
		}
	});
});
