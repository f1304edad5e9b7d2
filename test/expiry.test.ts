// Expiry, driven only through the control clock (conformance/CONTROL.md): login tokens end at their
// own `exp` (observed 05f, 12), reset tokens 900 s after issue (observed 08a, 08c, 12), sessions and
// their cookie 10 h after creation (observed 06, 12), and a session outlives the bearer it came from
// (FACTS.md §A.4: the session's auth_context is trusted as stored, its exp is not re-checked).
// The server clock is real time plus an offset, so every instant is set with `setTo` and chosen on a
// whole second: the few milliseconds a test takes never cross into the next second.
import { beforeEach, describe, expect, test } from "bun:test";
import type { GatecheckApp } from "../src/app.ts";
import { ManualClock } from "../src/core/clock.ts";
import { CUSTOMER, call, decodeJwt, login, makeTestApp, PUBLISHABLE_KEY } from "./support/test-app.ts";

type App = GatecheckApp["app"];

const UNAUTHORIZED = { message: "Unauthorized" };
const INVALID_TOKEN = { type: "unauthorized", message: "Invalid token" };
const TEN_HOURS_MS = 36_000_000;

const serverNow = async (app: App): Promise<number> =>
	((await (await call(app, "/__control")).json()) as { now: number }).now;

const setClock = async (app: App, epochMs: number): Promise<void> => {
	const response = await call(app, "/__control/clock", { body: { setTo: epochMs } });
	expect(response.status).toBe(200);
};

/** Moves the clock to the start of the next whole second and returns that instant. */
const alignClock = async (app: App): Promise<number> => {
	const instant = Math.ceil((await serverNow(app)) / 1000) * 1000 + 1000;
	await setClock(app, instant);
	return instant;
};

const epochSeconds = (token: string, claim: "iat" | "exp"): number => {
	const value = decodeJwt(token)[claim];
	if (typeof value !== "number") throw new Error(`token has no numeric ${claim}`);
	return value;
};

const me = (app: App, headers: Record<string, string>): Promise<Response> =>
	call(app, "/store/customers/me", { headers: { "x-publishable-api-key": PUBLISHABLE_KEY, ...headers } });

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** POST /auth/session with a bearer; returns the `name=value` part of connect.sid and its Expires. */
const openSession = async (app: App, token: string): Promise<{ cookie: string; expires: number }> => {
	const response = await call(app, "/auth/session", { method: "POST", headers: bearer(token) });
	expect(response.status).toBe(200);
	const setCookie = response.headers.get("set-cookie") ?? "";
	const expires = /; Expires=([^;]+)/.exec(setCookie)?.[1];
	if (!setCookie.startsWith("connect.sid=") || expires === undefined) throw new Error(`no session cookie: ${setCookie}`);
	return { cookie: setCookie.split(";")[0] ?? "", expires: Date.parse(expires) };
};

/** Registers a fresh emailpass identity (reset only needs the identity) and returns its e-mail. */
const registerIdentity = async (app: App, label: string): Promise<string> => {
	const email = `expiry-${label}@example.com`;
	const response = await call(app, "/auth/customer/emailpass/register", { body: { email, password: "old-password" } });
	expect(response.status).toBe(200);
	return email;
};

/** Requests a reset for `email` and returns `data.token` of its outbox event (observed 08a). */
const requestReset = async (app: App, email: string): Promise<string> => {
	const response = await call(app, "/auth/customer/emailpass/reset-password", { body: { identifier: email } });
	expect(response.status).toBe(201);
	const outbox = await call(app, `/__control/outbox?event=auth.password_reset&to=${encodeURIComponent(email)}`);
	// The filter also matches the mail made from the event; only the event carries `data`.
	const { items } = (await outbox.json()) as { items: Array<{ kind: string; data?: { token?: unknown } }> };
	const token = items.findLast((item) => item.kind === "event")?.data?.token;
	if (typeof token !== "string") throw new Error(`no auth.password_reset event for ${email}`);
	return token;
};

const updatePassword = (app: App, token: string, email: string): Promise<Response> =>
	call(app, "/auth/customer/emailpass/update", { headers: bearer(token), body: { email, password: "new-password" } });

describe("expiry through the control clock", () => {
	let app: App;
	beforeEach(async () => {
		({ app } = await makeTestApp());
	});

	test("a customer token works at exp − 1 s and is refused at exp (observed 05f, 12)", async () => {
		await alignClock(app);
		const token = await login(app, "customer", CUSTOMER);
		const exp = epochSeconds(token, "exp");
		expect(exp - epochSeconds(token, "iat")).toBe(86_400);

		await setClock(app, (exp - 1) * 1000);
		expect((await me(app, bearer(token))).status).toBe(200);

		await setClock(app, exp * 1000);
		const refused = await me(app, bearer(token));
		expect(refused.status).toBe(401);
		expect(await refused.json()).toEqual(UNAUTHORIZED);
	});

	test("a reset token is accepted 899 s after issue (observed 08a, 08b)", async () => {
		const email = await registerIdentity(app, "reset-899");
		await alignClock(app);
		const token = await requestReset(app, email);
		const iat = epochSeconds(token, "iat");
		expect(epochSeconds(token, "exp") - iat).toBe(900);

		await setClock(app, (iat + 899) * 1000);
		const response = await updatePassword(app, token, email);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ success: true });
		const newLogin = await call(app, "/auth/customer/emailpass", { body: { email, password: "new-password" } });
		expect(newLogin.status).toBe(200);
	});

	test("a reset token is refused 900 s after issue, and the password stays (observed 08c, 12)", async () => {
		// A second account and request: a token is single use (observed 08b).
		const email = await registerIdentity(app, "reset-900");
		await alignClock(app);
		const token = await requestReset(app, email);
		const iat = epochSeconds(token, "iat");

		await setClock(app, (iat + 900) * 1000);
		const response = await updatePassword(app, token, email);
		expect(response.status).toBe(401);
		expect(await response.json()).toEqual(INVALID_TOKEN);
		const oldLogin = await call(app, "/auth/customer/emailpass", { body: { email, password: "old-password" } });
		expect(oldLogin.status).toBe(200);
	});

	test("a session cookie expires exactly 10 h after creation and works until then (observed 06, 12)", async () => {
		const token = await login(app, "customer", CUSTOMER);
		const created = await alignClock(app);
		const { cookie, expires } = await openSession(app, token);
		expect(expires).toBe(created + TEN_HOURS_MS);

		await setClock(app, created + TEN_HOURS_MS - 1000);
		expect((await me(app, { cookie })).status).toBe(200);

		// The creation instant is `created` plus the few ms the request took; one second later is past it.
		await setClock(app, created + TEN_HOURS_MS + 1000);
		const refused = await me(app, { cookie });
		expect(refused.status).toBe(401);
		expect(await refused.json()).toEqual(UNAUTHORIZED);
	});

	test("a session outlives the bearer token it came from (FACTS.md §A.4)", async () => {
		await alignClock(app);
		const token = await login(app, "customer", CUSTOMER);
		const exp = epochSeconds(token, "exp");

		await setClock(app, (exp - 60) * 1000);
		const { cookie } = await openSession(app, token);

		await setClock(app, (exp + 3600) * 1000);
		expect((await me(app, bearer(token))).status).toBe(401);
		expect((await me(app, { cookie })).status).toBe(200);
	});

	test("with a frozen base clock, a session ends at creation + 10 h to the millisecond (observed 12)", async () => {
		// The control clock shifts its base; a base that never moves makes every instant exact.
		const created = Date.UTC(2026, 10, 22, 12, 0, 0, 250);
		({ app } = await makeTestApp({ clock: new ManualClock(created) }));
		const token = await login(app, "customer", CUSTOMER);
		await setClock(app, created);
		const { cookie, expires } = await openSession(app, token);
		// Expires has whole seconds (HTTP date): the 250 ms are cut off.
		expect(expires).toBe(created - 250 + TEN_HOURS_MS);

		await setClock(app, created + TEN_HOURS_MS - 1);
		expect((await me(app, { cookie })).status).toBe(200);
		await setClock(app, created + TEN_HOURS_MS);
		expect((await me(app, { cookie })).status).toBe(401);
	});
});
