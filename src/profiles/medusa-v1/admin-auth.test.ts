// The v1 admin auth routes against medusa-v1-observed.md facts 26 and 42–46.
import { describe, expect, test } from "bun:test";
import { SignJWT } from "jose";
import { ADMIN, call, CUSTOMER, decodeJwt, makeTestApp, TEST_JWT_SECRET } from "../../../test/support/test-app.ts";
import medusaV1 from "./index.ts";

type App = Awaited<ReturnType<typeof makeTestApp>>["app"];

const USER_KEYS = ["id", "created_at", "updated_at", "deleted_at", "role", "email", "first_name", "last_name", "api_token", "metadata"];

const cookieOf = (response: Response): string => response.headers.get("set-cookie")?.split(";")[0] ?? "";

const adminToken = async (app: App): Promise<string> =>
	((await (await call(app, "/admin/auth/token", { body: ADMIN })).json()) as { access_token: string }).access_token;

const customerToken = async (app: App): Promise<string> =>
	((await (await call(app, "/store/auth/token", { body: CUSTOMER })).json()) as { access_token: string }).access_token;

describe("/admin/auth", () => {
	test("42, 44: the cookie login answers the user and a connect.sid that opens GET /admin/auth; the e-mail in any case", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const login = await call(app, "/admin/auth", { body: { ...ADMIN, email: ADMIN.email.toUpperCase() } });
		expect(login.status).toBe(200);
		const { user } = (await login.json()) as { user: Record<string, unknown> };
		expect(Object.keys(user)).toEqual(USER_KEYS);
		expect(user).toMatchObject({ role: "member", email: ADMIN.email, api_token: null });
		expect(user.id).toMatch(/^usr_/);
		expect(await (await call(app, "/admin/auth", { headers: { cookie: cookieOf(login) } })).json()).toEqual({ user });
	});

	test("42, 43: wrong password, unknown e-mail and a customer's credentials get the text 401; validation messages", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		for (const path of ["/admin/auth", "/admin/auth/token"])
			for (const body of [{ ...ADMIN, password: "wrong" }, { email: "nobody@example.com", password: "x" }, CUSTOMER]) {
				const response = await call(app, path, { body });
				expect([response.status, response.headers.get("content-type"), await response.text()]).toEqual([401, "text/plain; charset=utf-8", "Unauthorized"]);
			}
		const emailOnly = await call(app, "/admin/auth", { body: { email: ADMIN.email } });
		expect(await emailOnly.json()).toEqual({ type: "invalid_data", message: "password should not be empty, password must be a string" });
		const empty = await call(app, "/admin/auth/token", { body: {} });
		expect(await empty.json()).toEqual({
			type: "invalid_data",
			message: "email should not be empty, email must be an email, password should not be empty, password must be a string",
		});
	});

	test("43: the admin JWT is {user_id, domain:admin, iat, exp} for 24 hours and opens GET /admin/auth", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const token = await adminToken(app);
		const payload = decodeJwt(token);
		expect(Object.keys(payload)).toEqual(["user_id", "domain", "iat", "exp"]);
		expect([payload.domain, (payload.exp as number) - (payload.iat as number)]).toEqual(["admin", 86_400]);
		expect((await call(app, "/admin/auth", { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
	});

	test("44, 46: nothing, a customer's JWT or cookie, a garbage access token: the middleware's 401; an admin JWT of no user: 400", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const customerCookie = cookieOf(await call(app, "/store/auth", { body: CUSTOMER }));
		const variants: Array<Record<string, string>> = [{}, { authorization: `Bearer ${await customerToken(app)}` }, { cookie: customerCookie }, { "x-medusa-access-token": "not-a-real-api-token" }];
		for (const headers of variants) {
			const response = await call(app, "/admin/auth", { headers });
			expect([response.status, response.headers.get("content-type"), await response.text()]).toEqual([401, null, "Unauthorized"]);
		}
		const iat = Math.floor(Date.now() / 1000);
		const ghost = await new SignJWT({ user_id: "usr_00000000000000000000000000", domain: "admin", iat, exp: iat + 3600 })
			.setProtectedHeader({ alg: "HS256", typ: "JWT" })
			.sign(new TextEncoder().encode(TEST_JWT_SECRET));
		const response = await call(app, "/admin/auth", { headers: { authorization: `Bearer ${ghost}` } });
		expect([response.status, await response.text()]).toEqual([400, "Bad Request"]);
		expect((await call(app, "/store/auth", { headers: { authorization: `Bearer ${await adminToken(app)}` } })).status).toBe(401);
	});

	test("45: logout with the cookie ends it; without credentials it is a 401; a bearer keeps working", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const cookie = cookieOf(await call(app, "/admin/auth", { body: ADMIN }));
		const out = await call(app, "/admin/auth", { method: "DELETE", headers: { cookie } });
		expect([out.status, await out.text()]).toEqual([200, "OK"]);
		expect((await call(app, "/admin/auth", { headers: { cookie } })).status).toBe(401);
		expect((await call(app, "/admin/auth", { method: "DELETE" })).status).toBe(401);
		const bearer = { authorization: `Bearer ${await adminToken(app)}` };
		expect((await call(app, "/admin/auth", { method: "DELETE", headers: bearer })).status).toBe(200);
		expect((await call(app, "/admin/auth", { headers: bearer })).status).toBe(200);
	});

	test("26: one cookie holds a customer and an admin; logging the customer out leaves the admin", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const customer = cookieOf(await call(app, "/store/auth", { body: CUSTOMER }));
		const both = cookieOf(await call(app, "/admin/auth", { body: ADMIN, headers: { cookie: customer } }));
		expect((await call(app, "/store/auth", { headers: { cookie: both } })).status).toBe(200);
		expect((await call(app, "/admin/auth", { headers: { cookie: both } })).status).toBe(200);
		const out = await call(app, "/store/auth", { method: "DELETE", headers: { cookie: both } });
		const adminOnly = cookieOf(out);
		expect((await call(app, "/store/auth", { headers: { cookie: adminOnly } })).status).toBe(401);
		expect((await call(app, "/admin/auth", { headers: { cookie: adminOnly } })).status).toBe(200);
	});
});
