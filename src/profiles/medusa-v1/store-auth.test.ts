// The v1 store auth routes against medusa-v1-observed.md, fact by fact (the numbers below), and the
// departures of N3, N4, N6, N7, N10 and N15.
import { describe, expect, test } from "bun:test";
import { SignJWT } from "jose";
import { call, CUSTOMER, decodeJwt, makeTestApp, TEST_JWT_SECRET } from "../../../test/support/test-app.ts";
import medusaV1 from "./index.ts";

type App = Awaited<ReturnType<typeof makeTestApp>>["app"];

const app = async (): Promise<App> => (await makeTestApp({ profile: medusaV1 })).app;

const CUSTOMER_KEYS = ["id", "created_at", "updated_at", "deleted_at", "email", "first_name", "last_name", "billing_address_id", "phone", "has_account", "metadata"];

const tokenLogin = (server: App, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
	call(server, "/store/auth/token", { method: "POST", body, headers });

const accessToken = async (server: App): Promise<string> =>
	((await (await tokenLogin(server, CUSTOMER)).json()) as { access_token: string }).access_token;

const cookieOf = (response: Response): string => response.headers.get("set-cookie")?.split(";")[0] ?? "";

const sessionLogin = async (server: App, credentials = CUSTOMER, headers: Record<string, string> = {}): Promise<Response> =>
	call(server, "/store/auth", { method: "POST", body: credentials, headers });

/** The auth middleware's 401 (fact 2b): `Unauthorized`, no Content-Type, Vary and Allow-Credentials. */
const expectMiddleware401 = async (response: Response): Promise<void> => {
	expect(response.status).toBe(401);
	expect(await response.text()).toBe("Unauthorized");
	expect(response.headers.get("content-type")).toBeNull();
	expect(response.headers.get("vary")).toBe("Origin");
	expect(response.headers.get("access-control-allow-credentials")).toBe("true");
};

const sign = (claims: Record<string, unknown>, secret = TEST_JWT_SECRET): Promise<string> =>
	new SignJWT(claims).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(new TextEncoder().encode(secret));

describe("POST /store/auth/token", () => {
	test("13: {access_token}, an HS256 JWT {customer_id, domain:store, iat, exp} for 30 days, and no cookie (N4)", async () => {
		const server = await app();
		const response = await tokenLogin(server, CUSTOMER);
		expect(response.status).toBe(200);
		expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
		expect(response.headers.get("set-cookie")).toBeNull();
		const { access_token: token } = (await response.json()) as { access_token: string };
		expect(JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString())).toEqual({ alg: "HS256", typ: "JWT" });
		const payload = decodeJwt(token);
		expect(Object.keys(payload)).toEqual(["customer_id", "domain", "iat", "exp"]);
		expect(payload.domain).toBe("store");
		expect((payload.exp as number) - (payload.iat as number)).toBe(2_592_000);
	});

	test("14: a wrong password and an unknown e-mail get the same text/plain 401", async () => {
		const server = await app();
		for (const body of [{ ...CUSTOMER, password: "wrong" }, { email: "nobody@example.com", password: "supersecret" }]) {
			const response = await tokenLogin(server, body);
			expect(response.status).toBe(401);
			expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
			expect(await response.text()).toBe("Unauthorized");
		}
	});

	test("15, 5, 6: validation messages word for word; a numeric password is a 401", async () => {
		const server = await app();
		const cases: Array<[unknown, number, string]> = [
			[{ email: CUSTOMER.email }, 400, "password should not be empty"],
			[{ password: "supersecret" }, 400, "email must be an email"],
			[{}, 400, "email must be an email, password should not be empty"],
			[{ email: "not-an-email", password: "x" }, 400, "email must be an email"],
			[{ email: CUSTOMER.email, password: "" }, 400, "password should not be empty"],
			[{ email: 123, password: "x" }, 400, "email must be an email"],
			[{ ...CUSTOMER, remember: true }, 400, "property remember should not exist"],
		];
		for (const [body, status, message] of cases) {
			const response = await tokenLogin(server, body);
			expect([response.status, await response.json()]).toEqual([status, { type: "invalid_data", message }]);
		}
		const numeric = await tokenLogin(server, { email: CUSTOMER.email, password: 123 });
		expect([numeric.status, await numeric.text()]).toEqual([401, "Unauthorized"]);
		const form = await tokenLogin(server, "email=customer%40example.com&password=supersecret", { "content-type": "application/x-www-form-urlencoded" });
		expect(await form.json()).toEqual({ type: "invalid_data", message: "email must be an email, password should not be empty" });
		const none = await server.handle(new Request("http://localhost/store/auth/token", { method: "POST" }));
		expect(await none.json()).toEqual({ type: "invalid_data", message: "email must be an email, password should not be empty" });
	});

	test("N2: malformed JSON is a JSON 400 with no stack or path", async () => {
		const response = await tokenLogin(await app(), '{"email": "x@example.com", "password": ', { "content-type": "application/json" });
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({ type: "invalid_data", message: "Unexpected end of JSON input" });
	});

	test("17: the e-mail is looked up lower-cased", async () => {
		expect((await tokenLogin(await app(), { ...CUSTOMER, email: "Customer@EXAMPLE.com" })).status).toBe(200);
	});
});

describe("POST, GET and DELETE /store/auth", () => {
	test("18, 24: the cookie login answers the customer with orders and a 10-hour HttpOnly connect.sid that authenticates", async () => {
		const server = await app();
		const response = await sessionLogin(server);
		expect(response.status).toBe(200);
		const { customer } = (await response.json()) as { customer: Record<string, unknown> };
		expect(Object.keys(customer)).toEqual([...CUSTOMER_KEYS, "orders", "shipping_addresses"]);
		expect(customer.email).toBe(CUSTOMER.email);
		const header = response.headers.get("set-cookie") ?? "";
		expect(header).toMatch(/^connect\.sid=s%3A[\w-]{32}\.[^;]+; Path=\/; Expires=[^;]+ GMT; HttpOnly$/);
		const expires = Date.parse(/Expires=([^;]+)/.exec(header)?.[1] ?? "");
		expect(Math.abs(expires - (Date.now() + 36_000_000))).toBeLessThan(5_000);
		const again = await call(server, "/store/auth", { headers: { cookie: cookieOf(response) } });
		expect(again.status).toBe(200);
		expect(await again.json()).toEqual({ customer });
		const byBearer = await call(server, "/store/auth", { headers: { authorization: `Bearer ${await accessToken(server)}` } });
		expect(await byBearer.json()).toEqual({ customer });
	});

	test("24, 29, 30, N6, N7: no credentials, garbage, an admin-domain token, no exp, an unknown customer: the middleware's 401", async () => {
		const server = await app();
		const customerId = decodeJwt(await accessToken(server)).customer_id;
		const iat = Math.floor(Date.now() / 1000);
		const bearers = [
			"garbage",
			await sign({ user_id: "user_1", domain: "admin", iat, exp: iat + 60 }),
			await sign({ customer_id: customerId, domain: "store", iat }),
			await sign({ customer_id: "cus_00000000000000000000000000", domain: "store", iat, exp: iat + 60 }),
			await sign({ customer_id: customerId, domain: "store", iat, exp: iat + 60 }, "another-secret"),
		];
		await expectMiddleware401(await call(server, "/store/auth"));
		for (const bearer of bearers) await expectMiddleware401(await call(server, "/store/auth", { headers: { authorization: `Bearer ${bearer}` } }));
	});

	test("31: `bearer` in lower case works, Basic does not, and the session wins over a bearer", async () => {
		const server = await app();
		const token = await accessToken(server);
		expect((await call(server, "/store/customers/me", { headers: { authorization: `bearer ${token}` } })).status).toBe(200);
		await expectMiddleware401(await call(server, "/store/customers/me", { headers: { authorization: `Basic ${token}` } }));
		const second = await sessionLogin(server, { email: "second@example.com", password: "supersecret" });
		const both = await call(server, "/store/customers/me", { headers: { cookie: cookieOf(second), authorization: `Bearer ${token}` } });
		expect(((await both.json()) as { customer: { email: string } }).customer.email).toBe("second@example.com");
	});

	test("N3: a login never keeps the session id it came with; the old cookie stops working", async () => {
		const server = await app();
		const first = cookieOf(await sessionLogin(server, { email: "second@example.com", password: "supersecret" }));
		const relogin = await sessionLogin(server, CUSTOMER, { cookie: first });
		expect(cookieOf(relogin)).not.toBe(first);
		await expectMiddleware401(await call(server, "/store/auth", { headers: { cookie: first } }));
		expect((await call(server, "/store/auth", { headers: { cookie: cookieOf(relogin) } })).status).toBe(200);
	});

	test("25, N15: logout is 200 OK; the session ends and its cookie is expired; a bearer keeps working", async () => {
		const server = await app();
		const cookie = cookieOf(await sessionLogin(server));
		const out = await call(server, "/store/auth", { method: "DELETE", headers: { cookie } });
		expect([out.status, out.headers.get("content-type"), await out.text()]).toEqual([200, "text/plain; charset=utf-8", "OK"]);
		expect(out.headers.get("set-cookie")).toBe("connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
		await expectMiddleware401(await call(server, "/store/auth", { headers: { cookie } }));
		await expectMiddleware401(await call(server, "/store/customers/me", { headers: { cookie } }));
		const anonymous = await call(server, "/store/auth", { method: "DELETE" });
		expect([anonymous.status, await anonymous.text(), anonymous.headers.get("set-cookie")]).toEqual([200, "OK", null]);
		const token = await accessToken(server);
		expect((await call(server, "/store/auth", { method: "DELETE", headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
		expect((await call(server, "/store/auth", { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
	});
});

describe("GET /store/auth/{email}", () => {
	test("27: {exists} for anyone, lower-cased, with @ raw or encoded; false for unknown e-mails and non-e-mails", async () => {
		const server = await app();
		const exists = async (path: string): Promise<unknown> => (await call(server, `/store/auth/${path}`)).json();
		for (const path of ["customer%40example.com", "customer@example.com", "CUSTOMER@EXAMPLE.COM"]) expect(await exists(path)).toEqual({ exists: true });
		for (const path of ["nobody%40example.com", "not-an-email"]) expect(await exists(path)).toEqual({ exists: false });
		const malformed = await call(server, "/store/auth/%");
		expect([malformed.status, await malformed.json()]).toEqual([400, { type: "invalid_data", message: "The e-mail in the path is not valid percent-encoding" }]);
	});
});

describe("POST /store/customers and GET /store/customers/me", () => {
	test("7, 8, 28: registration answers 200 with the customer, lower-cases the e-mail and logs the session in", async () => {
		const server = await app();
		const response = await call(server, "/store/customers", { body: { email: "New.Person@Example.COM", password: "pw-1", first_name: "New", last_name: "Person" } });
		expect(response.status).toBe(200);
		const { customer } = (await response.json()) as { customer: Record<string, unknown> };
		expect(Object.keys(customer)).toEqual([...CUSTOMER_KEYS, "billing_address", "shipping_addresses"]);
		expect(customer).toMatchObject({ email: "new.person@example.com", first_name: "New", has_account: true, billing_address: null, shipping_addresses: [] });
		const me = await call(server, "/store/customers/me", { headers: { cookie: cookieOf(response) } });
		expect(await me.json()).toEqual({ customer });
		expect((await tokenLogin(server, { email: "new.person@example.com", password: "pw-1" })).status).toBe(200);
	});

	test("9, 10, N10: a taken e-mail in any case is the 422; validation messages; an empty password is refused", async () => {
		const server = await app();
		const duplicate = await call(server, "/store/customers", { body: { email: "CUSTOMER@example.com", password: "other" } });
		expect([duplicate.status, await duplicate.json()]).toEqual([
			422,
			{ code: "invalid_request_error", type: "duplicate_error", message: "A customer with the given email already has an account. Log in instead" },
		]);
		const cases: Array<[unknown, string]> = [
			[{ email: "not-an-email", password: "x" }, "email must be an email"],
			[{ email: "a@example.com" }, "password must be a string"],
			[{}, "email must be an email, password must be a string"],
			[{ email: "a@example.com", password: 12345678 }, "password must be a string"],
			[{ email: "a@example.com", password: "x", username: "x" }, "property username should not exist"],
			[{ email: "a@example.com", password: "" }, "password should not be empty"],
		];
		for (const [body, message] of cases) {
			const response = await call(server, "/store/customers", { body });
			expect([response.status, await response.json()]).toEqual([400, { type: "invalid_data", message }]);
		}
	});

	test("1, 47: every /store answer carries Vary and Allow-Credentials, and an allowed origin gets Allow-Origin", async () => {
		const server = await app();
		const allowed = await call(server, "/store/auth/customer@example.com", { headers: { origin: "http://localhost:8000" } });
		expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:8000");
		const foreign = await call(server, "/store/auth/customer@example.com", { headers: { origin: "https://evil.example" } });
		expect([foreign.status, foreign.headers.get("access-control-allow-origin"), foreign.headers.get("vary")]).toEqual([200, null, "Origin"]);
		expect(foreign.headers.get("access-control-allow-credentials")).toBe("true");
	});
});
