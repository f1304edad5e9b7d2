// Password reset against medusa-v1-observed.md facts 34–40, and the departures N1, N5, N8 and N9.
import { describe, expect, test } from "bun:test";
import { SignJWT } from "jose";
import { call, CUSTOMER, decodeJwt, makeTestApp, TEST_JWT_SECRET } from "../../../test/support/test-app.ts";
import medusaV1 from "./index.ts";

type App = Awaited<ReturnType<typeof makeTestApp>>["app"];

const INVALID = { type: "unauthorized", message: "Invalid or expired password reset token" };

const requestToken = (app: App, email: string): Promise<Response> => call(app, "/store/customers/password-token", { body: { email } });

/** The tokens of the customer.password_reset events for `email` (GET /__control/outbox), oldest first. */
const resetTokens = async (app: App, email: string): Promise<string[]> => {
	const { items } = (await (await call(app, `/__control/outbox?event=customer.password_reset&to=${encodeURIComponent(email)}`)).json()) as {
		items: Array<{ kind: string; data?: { token: string } }>;
	};
	return items.flatMap((item) => (item.kind === "event" && item.data ? [item.data.token] : []));
};

const reset = (app: App, body: Record<string, unknown>): Promise<Response> => call(app, "/store/customers/password-reset", { body });

const login = (app: App, password: string): Promise<Response> => call(app, "/store/auth/token", { body: { email: CUSTOMER.email, password } });

describe("POST /store/customers/password-token", () => {
	test("34, 35: 204 with no body for known and unknown e-mails; only an account gets the event, with its token", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		for (const email of [CUSTOMER.email, "nobody@example.com"]) {
			const response = await requestToken(app, email);
			expect([response.status, response.headers.get("content-type"), await response.text()]).toEqual([204, null, ""]);
		}
		const { items } = (await (await call(app, "/__control/outbox?event=customer.password_reset")).json()) as { items: Array<Record<string, unknown>> };
		const events = items.filter((item) => item.kind === "event");
		expect(events.length).toBe(1);
		expect(Object.keys(events[0]?.data as object)).toEqual(["id", "email", "token", "last_name", "first_name"]);
		expect((events[0]?.data as { email: string }).email).toBe(CUSTOMER.email);
	});

	test("36, N8: the token is HS256 {customer_id, exp, iat}, 900 s, and does not verify with the JWT secret alone", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		await requestToken(app, CUSTOMER.email);
		const [token = ""] = await resetTokens(app, CUSTOMER.email);
		const payload = decodeJwt(token);
		expect(Object.keys(payload)).toEqual(["customer_id", "exp", "iat"]);
		expect((payload.exp as number) - (payload.iat as number)).toBe(900);
		const forged = await new SignJWT(payload).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(new TextEncoder().encode(TEST_JWT_SECRET));
		expect(forged).not.toBe(token);
		expect(await (await reset(app, { email: CUSTOMER.email, token: forged, password: "new-pass-1" })).json()).toEqual(INVALID);
	});

	test("34, 6: validation", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		for (const [body, message] of [
			[{ email: "not-an-email" }, "email must be an email"],
			[{}, "email must be an email"],
			[{ email: CUSTOMER.email, extra: 1 }, "property extra should not exist"],
		] as const) {
			const response = await call(app, "/store/customers/password-token", { body });
			expect([response.status, await response.json()]).toEqual([400, { type: "invalid_data", message }]);
		}
	});
});

describe("POST /store/customers/password-reset", () => {
	test("38, 39, N5: a live token sets the password and answers the customer; every earlier token, JWT and session then stops", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		const oldJwt = ((await (await login(app, CUSTOMER.password)).json()) as { access_token: string }).access_token;
		const oldCookie = (await call(app, "/store/auth", { body: CUSTOMER })).headers.get("set-cookie")?.split(";")[0] ?? "";
		await requestToken(app, CUSTOMER.email);
		await requestToken(app, CUSTOMER.email);
		const [older = "", newer = ""] = await resetTokens(app, CUSTOMER.email);
		// An older token still works after a newer request (fact 39): they are bound to the password, not to the request.
		await call(app, "/__control/clock", { body: { advanceMs: 1_000 } });
		const done = await reset(app, { email: CUSTOMER.email, token: older, password: "new-pass-1" });
		expect(done.status).toBe(200);
		expect(done.headers.get("set-cookie")).toBeNull();
		const { customer } = (await done.json()) as { customer: Record<string, unknown> };
		expect(Object.keys(customer)).toEqual(["id", "created_at", "updated_at", "deleted_at", "email", "first_name", "last_name", "billing_address_id", "phone", "has_account", "metadata"]);
		expect((await login(app, "new-pass-1")).status).toBe(200);
		expect((await login(app, CUSTOMER.password)).status).toBe(401);
		for (const token of [older, newer]) expect(await (await reset(app, { email: CUSTOMER.email, token, password: "again-1" })).json()).toEqual(INVALID);
		expect((await call(app, "/store/customers/me", { headers: { authorization: `Bearer ${oldJwt}` } })).status).toBe(401);
		expect((await call(app, "/store/customers/me", { headers: { cookie: oldCookie } })).status).toBe(401);
	});

	test("40, N1: every bad token is the 401, whatever the e-mail; validation messages", async () => {
		const { app } = await makeTestApp({ profile: medusaV1 });
		await requestToken(app, CUSTOMER.email);
		await requestToken(app, "second@example.com");
		const [mine = ""] = await resetTokens(app, CUSTOMER.email);
		const [theirs = ""] = await resetTokens(app, "second@example.com");
		for (const [email, token] of [
			[CUSTOMER.email, "garbage"],
			[CUSTOMER.email, theirs],
			["CUSTOMER@EXAMPLE.COM", "garbage"],
			["nobody@example.com", mine],
		]) {
			const response = await reset(app, { email, token, password: "new-pass-1" });
			expect([response.status, await response.json()]).toEqual([401, INVALID]);
		}
		await call(app, "/__control/clock", { body: { advanceMs: 901_000 } });
		expect(await (await reset(app, { email: CUSTOMER.email, token: mine, password: "new-pass-1" })).json()).toEqual(INVALID);
		for (const [body, message] of [
			[{ email: CUSTOMER.email, password: "x" }, "token must be a string"],
			[{ email: CUSTOMER.email, token: mine }, "password must be a string"],
			[{ token: mine, password: "x" }, "email must be an email"],
			[{ email: CUSTOMER.email, token: mine, password: "" }, "password should not be empty"],
		] as const) {
			const response = await reset(app, body);
			expect([response.status, await response.json()]).toEqual([400, { type: "invalid_data", message }]);
		}
	});
});
