// POST /store/customers/me against medusa-v1-observed.md facts 32–33, and the departures N5, N9, N11.
import { describe, expect, test } from "bun:test";
import { call, CUSTOMER, makeTestApp } from "../../../test/support/test-app.ts";
import medusaV1 from "./index.ts";

type App = Awaited<ReturnType<typeof makeTestApp>>["app"];

const jwt = async (app: App, password = CUSTOMER.password, email = CUSTOMER.email): Promise<string> => {
	const response = await call(app, "/store/auth/token", { body: { email, password } });
	return response.status === 200 ? ((await response.json()) as { access_token: string }).access_token : "";
};

const cookie = async (app: App): Promise<string> => (await call(app, "/store/auth", { body: CUSTOMER })).headers.get("set-cookie")?.split(";")[0] ?? "";

const update = (app: App, headers: Record<string, string>, body: unknown): Promise<Response> => call(app, "/store/customers/me", { headers, body });

const me = (app: App, headers: Record<string, string>): Promise<number> => call(app, "/store/customers/me", { headers }).then((response) => response.status);

describe("POST /store/customers/me", () => {
	test("32: names and phone change by cookie or bearer; no credentials is the middleware's 401; unknown fields are refused", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const byBearer = await update(app, { authorization: `Bearer ${await jwt(app)}` }, { first_name: "Renamed", phone: "+40 700 000 000" });
		expect(byBearer.status).toBe(200);
		expect((await byBearer.json()) as object).toMatchObject({ customer: { first_name: "Renamed", phone: "+40 700 000 000", billing_address: null } });
		const byCookie = await update(app, { cookie: await cookie(app) }, { last_name: "ViaCookie" });
		expect((await byCookie.json()) as object).toMatchObject({ customer: { first_name: "Renamed", last_name: "ViaCookie" } });
		const anonymous = await update(app, {}, { first_name: "Nobody" });
		expect([anonymous.status, await anonymous.text()]).toEqual([401, "Unauthorized"]);
		const unknown = await update(app, { authorization: `Bearer ${await jwt(app)}` }, { first_name: "X", unknown_field: 1 });
		expect(await unknown.json()).toEqual({ type: "invalid_data", message: "property unknown_field should not exist" });
	});

	test("32, N5: a new password with no current one, as upstream; the caller's own token goes on, the customer's other credentials end", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const other = await jwt(app);
		const otherCookie = await cookie(app);
		await call(app, "/__control/clock", { body: { advanceMs: 1_000 } });
		const own = await jwt(app);
		await call(app, "/__control/clock", { body: { advanceMs: 1_000 } });
		expect((await update(app, { authorization: `Bearer ${own}` }, { password: "changed-2" })).status).toBe(200);
		expect(await jwt(app, CUSTOMER.password)).toBe("");
		expect(await jwt(app, "changed-2")).not.toBe("");
		expect(await me(app, { authorization: `Bearer ${own}` })).toBe(200);
		expect(await me(app, { authorization: `Bearer ${other}` })).toBe(401);
		expect(await me(app, { cookie: otherCookie })).toBe(401);
	});

	test("N5: changing the password by cookie keeps that session and ends an earlier bearer", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const bearer = await jwt(app);
		const session = await cookie(app);
		await call(app, "/__control/clock", { body: { advanceMs: 1_000 } });
		expect((await update(app, { cookie: session }, { password: "changed-3" })).status).toBe(200);
		expect(await me(app, { cookie: session })).toBe(200);
		expect(await me(app, { authorization: `Bearer ${bearer}` })).toBe(401);
	});

	test("33, N11, N9: a new e-mail is lower-cased and logs in; another account's e-mail gets registration's fixed 422", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const bearer = { authorization: `Bearer ${await jwt(app)}` };
		const moved = await update(app, bearer, { email: "Moved.Customer@Example.COM" });
		expect((await moved.json()) as object).toMatchObject({ customer: { email: "moved.customer@example.com" } });
		expect(await jwt(app, CUSTOMER.password, "moved.customer@example.com")).not.toBe("");
		expect(await jwt(app, CUSTOMER.password, CUSTOMER.email)).toBe("");
		expect(await (await call(app, "/store/auth/moved.customer%40example.com")).json()).toEqual({ exists: true });
		const taken = await update(app, bearer, { email: "SECOND@example.com" });
		expect([taken.status, await taken.json()]).toEqual([
			422,
			{ code: "invalid_request_error", type: "duplicate_error", message: "A customer with the given email already has an account. Log in instead" },
		]);
		expect((await update(app, bearer, { email: "moved.customer@example.com" })).status).toBe(200);
	});
});
