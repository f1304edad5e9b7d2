// GET /store/auth and GET /store/customers/me as the fast path builds them (current-customer.routes.ts,
// bench/RESULTS.md): answered without a promise for a session or a remembered token, with the CORS
// headers of the request's origin, never from a stale kept answer, and a refusal is the profile's
// own middleware 401 with its CORS headers.
import { describe, expect, test } from "bun:test";
import { call, CUSTOMER, makeTestApp } from "../../../test/support/test-app.ts";
import { MEDUSA_V1_DEFECTS } from "./defects.ts";
import medusaV1 from "./index.ts";

const STORE_ORIGIN = "http://localhost:8000";

const credentials = async (app: Awaited<ReturnType<typeof makeTestApp>>["app"]): Promise<{ token: string; cookie: string }> => {
	const token = ((await (await call(app, "/store/auth/token", { body: CUSTOMER })).json()) as { access_token: string }).access_token;
	const cookie = (await call(app, "/store/auth", { body: CUSTOMER })).headers.get("set-cookie")?.split(";")[0] ?? "";
	return { token, cookie };
};

describe("the current customer's routes", () => {
	for (const path of ["/store/auth", "/store/customers/me"])
		test(`${path}: a session, and a token seen before, are answered without a promise`, async () => {
			const { app } = await makeTestApp({ profile: medusaV1 });
			const { token, cookie } = await credentials(app);
			const bearer = () => new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } });
			expect((await app.fetch(bearer())).status).toBe(200);
			const again = app.fetch(bearer());
			expect(again).toBeInstanceOf(Response);
			expect((again as Response).status).toBe(200);
			const bySession = app.fetch(new Request(`http://localhost${path}`, { headers: { cookie } }));
			expect(bySession).toBeInstanceOf(Response);
			expect((bySession as Response).status).toBe(200);
		});

	test.each(Object.keys(MEDUSA_V1_DEFECTS))("with %s on, a remembered token is still answered without a promise", async (defect) => {
		const { app } = await makeTestApp({ profile: medusaV1, defects: [defect] });
		const { token } = await credentials(app);
		const request = () => new Request("http://localhost/store/customers/me", { headers: { authorization: `Bearer ${token}` } });
		expect((await app.fetch(request())).status).toBe(200);
		expect(app.fetch(request())).toBeInstanceOf(Response);
	});

	test("each origin gets its own CORS headers, and an edited customer is answered as it is now", async () => {
		const { app, runtime } = await makeTestApp({ profile: medusaV1 });
		const { token } = await credentials(app);
		for (const origin of [undefined, STORE_ORIGIN, "https://evil.example", STORE_ORIGIN]) {
			const response = await call(app, "/store/customers/me", { headers: { authorization: `Bearer ${token}`, ...(origin ? { origin } : {}) } });
			expect([...response.headers]).toEqual([
				["access-control-allow-credentials", "true"],
				...(origin === STORE_ORIGIN ? [["access-control-allow-origin", origin] as [string, string]] : []),
				["content-type", "application/json; charset=utf-8"],
				["vary", "Origin"],
			]);
		}
		const id = ((await (await call(app, "/store/auth", { headers: { authorization: `Bearer ${token}` } })).json()) as { customer: { id: string } }).customer.id;
		const record = runtime.state.store.getCustomer(id);
		if (!record) throw new Error("no fixture customer");
		record.firstName = "Edited";
		for (const path of ["/store/auth", "/store/customers/me"]) {
			const body = (await (await call(app, path, { headers: { authorization: `Bearer ${token}` } })).json()) as { customer: { first_name: string } };
			expect(body.customer.first_name).toBe("Edited");
		}
	});

	test("a token that fails to verify is the middleware 401 with the CORS headers (a rejection Elysia's onError cannot see)", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const { token } = await credentials(app);
		for (const bearer of [`${token.slice(0, -2)}xx`, "abc.def.ghi", "not-a-jwt"]) {
			const response = await call(app, "/store/customers/me", { headers: { authorization: `Bearer ${bearer}`, origin: STORE_ORIGIN } });
			expect([response.status, await response.text(), response.headers.get("content-type")]).toEqual([401, "Unauthorized", null]);
			expect(response.headers.get("access-control-allow-origin")).toBe(STORE_ORIGIN);
			expect(response.headers.get("vary")).toBe("Origin");
		}
	});
});
