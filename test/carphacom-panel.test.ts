// The carphacom admin panel in-process: login answers and cookies, the signed admin_session, the
// status and logout routes, the proxy to /admin/*, the per-IP lockout, and the support role's 403.
import { describe, expect, test } from "bun:test";
import { signCookie } from "elysia/utils";
import { LoginLockout } from "../src/profiles/carphacom/admin-panel-lockout.ts";
import { call, decodeJwt, login, makeTestApp, sendFrom, TEST_COOKIE_SECRET } from "./support/test-app.ts";

const AUTH = "/app/api/admin/auth";
const ADMIN = { email: "admin@example.com", password: "supersecret" };
const SUPPORT = { email: "support@example.com", password: "supersecret" };
const CUSTOMER = { email: "customer@example.com", password: "supersecret" };

type App = Awaited<ReturnType<typeof makeTestApp>>["app"];

const panelApp = async (options: Parameters<typeof makeTestApp>[0] = {}): Promise<App> =>
	(await makeTestApp({ profile: "carphacom", ...options })).app;

/** The request's Cookie header made from a login answer's Set-Cookie headers. */
const cookiesOf = (response: Response): string =>
	response.headers
		.getSetCookie()
		.map((header) => header.split(";")[0] ?? "")
		.join("; ");

const cookieNamed = (response: Response, name: string): string | undefined =>
	response.headers.getSetCookie().find((header) => header.startsWith(`${name}=`));

const panelLogin = async (app: App, credentials: object, from = "127.0.0.1", origin = "http://localhost"): Promise<Response> =>
	app.handle(
		sendFrom(
			from,
			new Request(`${origin}${AUTH}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(credentials) }),
		),
	);

describe("POST /app/api/admin/auth (login)", () => {
	test("an admin gets upstream's answer and three cookies in upstream's order and attributes", async () => {
		const app = await panelApp();
		const response = await panelLogin(app, ADMIN);
		expect(response.status).toBe(200);
		const body = (await response.json()) as Record<string, unknown>;
		expect(body).toMatchObject({
			success: true,
			message: "Autentificat cu succes",
			user: { id: "user_01JGATECHECKADM00000000001", email: ADMIN.email, firstName: "Admin", lastName: "Example", role: "admin" },
		});
		expect(Object.keys(body)).toEqual(["success", "message", "user", "sessionExpires"]);
		const cookies = response.headers.getSetCookie();
		expect(cookies.map((header) => header.split("=")[0])).toEqual(["admin_session", "medusa_token", "admin_session_expires"]);
		expect(cookies[0]).toMatch(/^admin_session=[^;]+; Path=\/; Expires=[^;]+ GMT; Max-Age=2592000; HttpOnly; SameSite=Lax$/);
		expect(cookies[1]).toMatch(/^medusa_token=[\w-]+\.[\w-]+\.[\w-]+; Path=\/; Expires=[^;]+ GMT; Max-Age=86400; HttpOnly; SameSite=Lax$/);
		expect(cookies[2]).toMatch(/^admin_session_expires=[^;]+; Path=\/; Expires=[^;]+ GMT; Max-Age=2592000; SameSite=Lax$/);
		expect(decodeURIComponent(cookies[2]?.split(";")[0]?.split("=")[1] ?? "")).toBe(body.sessionExpires as string);
		const token = cookies[1]?.split(";")[0]?.slice("medusa_token=".length) ?? "";
		const claims = decodeJwt(token);
		expect(claims).toMatchObject({ actor_id: "user_01JGATECHECKADM00000000001", actor_type: "user" });
		expect((claims.exp as number) - (claims.iat as number)).toBe(86_400);
	});

	test("over https (or a trusted X-Forwarded-Proto) every cookie is Secure", async () => {
		const app = await panelApp();
		const response = await panelLogin(app, ADMIN, "127.0.0.1", "https://localhost");
		for (const header of response.headers.getSetCookie()) expect(header).toContain("; Secure");
		const plain = await panelLogin(app, ADMIN);
		for (const header of plain.headers.getSetCookie()) expect(header).not.toContain("Secure");
	});

	test("the support user logs in with role support", async () => {
		const response = await panelLogin(await panelApp(), SUPPORT);
		expect(response.status).toBe(200);
		expect(((await response.json()) as { user: { role: string } }).user.role).toBe("support");
	});

	test("missing fields 400, wrong password and unknown e-mail 401, a customer 403, no cookies on any", async () => {
		const app = await panelApp();
		const cases: Array<[object, number, string]> = [
			[{}, 400, "Email și parolă sunt obligatorii"],
			[{ email: ADMIN.email }, 400, "Email și parolă sunt obligatorii"],
			[{ email: ADMIN.email, password: "" }, 400, "Email și parolă sunt obligatorii"],
			[{ ...ADMIN, password: "wrong" }, 401, "Credențiale invalide"],
			[{ email: "nobody@example.com", password: "wrong" }, 401, "Credențiale invalide"],
			[CUSTOMER, 403, "Rolul dvs. nu permite accesul la panoul de administrare"],
		];
		for (const [credentials, status, message] of cases) {
			const response = await panelLogin(app, credentials);
			expect({ status: response.status, body: await response.json() }).toEqual({ status, body: { message } });
			expect(response.headers.getSetCookie()).toEqual([]);
		}
	});

	test("an identity with no user or customer behind it has no panel account (401)", async () => {
		const app = await panelApp();
		const account = { email: "fresh@example.com", password: "a-password" };
		expect((await call(app, "/auth/user/emailpass/register", { body: account })).status).toBe(200);
		const response = await panelLogin(app, account);
		expect({ status: response.status, body: await response.json() }).toEqual({
			status: 401,
			body: { message: "Utilizatorul nu are acces la panoul de administrare" },
		});
	});

	test("malformed JSON is a 400, not a 500", async () => {
		const response = await call(await panelApp(), AUTH, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
		expect(response.status).toBe(400);
	});
});

describe("lockout", () => {
	test("5 failures from one IP: the 6th attempt, even with the right password, gets 429 with Retry-After 900", async () => {
		const app = await panelApp();
		for (let i = 0; i < 5; i++) expect((await panelLogin(app, { ...ADMIN, password: "wrong" }, "10.0.0.9")).status).toBe(401);
		const locked = await panelLogin(app, ADMIN, "10.0.0.9");
		expect(locked.status).toBe(429);
		expect(locked.headers.get("retry-after")).toBe("900");
		expect(await locked.json()).toEqual({ message: "Prea multe încercări. Reîncearcă peste 900 secunde." });
		// Another client is not affected.
		expect((await panelLogin(app, ADMIN, "10.0.0.10")).status).toBe(200);
	});

	test("guesses sent all at once are counted before they are hashed", async () => {
		const app = await panelApp();
		const replies = await Promise.all(Array.from({ length: 12 }, () => panelLogin(app, { ...ADMIN, password: "wrong" }, "10.0.0.11")));
		const statuses = replies.map((reply) => reply.status).sort();
		expect(statuses.filter((status) => status === 401).length).toBe(5);
		expect(statuses.filter((status) => status === 429).length).toBe(7);
	});

	test("a success clears the count; the lockout ends after 15 minutes; /__control/reset forgets it", async () => {
		const { app, runtime } = await makeTestApp({ profile: "carphacom" });
		for (let i = 0; i < 4; i++) await panelLogin(app, { ...ADMIN, password: "wrong" }, "10.0.0.12");
		expect((await panelLogin(app, ADMIN, "10.0.0.12")).status).toBe(200);
		for (let i = 0; i < 4; i++) expect((await panelLogin(app, { ...ADMIN, password: "wrong" }, "10.0.0.12")).status).toBe(401);
		await panelLogin(app, { ...ADMIN, password: "wrong" }, "10.0.0.12");
		expect((await panelLogin(app, ADMIN, "10.0.0.12")).status).toBe(429);
		runtime.clock.advance(15 * 60_000 - 2_000);
		const later = await panelLogin(app, ADMIN, "10.0.0.12");
		expect(later.headers.get("retry-after")).toBe("2");
		runtime.clock.advance(2_000);
		expect((await panelLogin(app, ADMIN, "10.0.0.12")).status).toBe(200);

		for (let i = 0; i < 6; i++) await panelLogin(app, { ...ADMIN, password: "wrong" }, "10.0.0.13");
		expect((await panelLogin(app, ADMIN, "10.0.0.13")).status).toBe(429);
		expect((await call(app, "/__control/reset", { method: "POST" })).status).toBe(200);
		expect((await panelLogin(app, ADMIN, "10.0.0.13")).status).toBe(200);
	});

	test("X-Forwarded-For counts only with --trust-proxy", async () => {
		const app = await panelApp();
		for (let i = 0; i < 6; i++) {
			const request = new Request(`http://localhost${AUTH}`, {
				method: "POST",
				headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${i}` },
				body: JSON.stringify({ ...ADMIN, password: "wrong" }),
			});
			await app.handle(sendFrom("10.0.0.14", request));
		}
		expect((await panelLogin(app, ADMIN, "10.0.0.14")).status).toBe(429);
		const trusting = await panelApp({ trustProxy: true });
		const from = (forwarded: string, password: string): Request =>
			sendFrom(
				"10.0.0.15",
				new Request(`http://localhost${AUTH}`, {
					method: "POST",
					headers: { "content-type": "application/json", "x-forwarded-for": forwarded },
					body: JSON.stringify({ ...ADMIN, password }),
				}),
			);
		for (let i = 0; i < 6; i++) await trusting.handle(from("198.51.100.7", "wrong"));
		expect((await trusting.handle(from("198.51.100.7", ADMIN.password))).status).toBe(429);
		expect((await trusting.handle(from("198.51.100.8", ADMIN.password))).status).toBe(200);
	});

	test("memory stays bounded whatever clients arrive", () => {
		const lockout = new LoginLockout(undefined, 1_000);
		for (let i = 0; i < 50_000; i++) lockout.recordFailure(`client-${i}`, 0);
		expect(lockout.size).toBeLessThanOrEqual(1_000);
	});

	test("panel-lockout-missing never locks", async () => {
		const app = await panelApp({ defects: ["panel-lockout-missing"] });
		for (let i = 0; i < 10; i++) expect((await panelLogin(app, { ...ADMIN, password: "wrong" })).status).toBe(401);
		expect((await panelLogin(app, ADMIN)).status).toBe(200);
	});
});

describe("GET /app/api/admin/auth, logout and the signed admin_session", () => {
	test("status answers the session; logout deletes the three cookies", async () => {
		const app = await panelApp();
		const loggedIn = await panelLogin(app, SUPPORT);
		const { sessionExpires } = (await loggedIn.json()) as { sessionExpires: string };
		const status = await call(app, AUTH, { headers: { cookie: cookiesOf(loggedIn) } });
		expect(status.status).toBe(200);
		expect(await status.json()).toMatchObject({
			authenticated: true,
			user: { userId: "user_01JGATECHECKADM00000000002", email: SUPPORT.email, role: "support" },
			sessionExpires,
		});
		expect((await call(app, AUTH)).status).toBe(401);
		const out = await call(app, AUTH, { body: { action: "logout" }, headers: { cookie: cookiesOf(loggedIn) } });
		expect({ status: out.status, body: await out.json() }).toEqual({ status: 200, body: { success: true, message: "Deconectat cu succes" } });
		expect(out.headers.getSetCookie()).toEqual([
			"admin_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
			"admin_session_expires=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
			"medusa_token=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
		]);
	});

	test("a tampered, re-signed or upstream-style unsigned admin_session is refused; the defect accepts them", async () => {
		for (const defects of [[], ["unsigned-admin-session" as const]]) {
			const app = await panelApp({ defects });
			const cookie = cookieNamed(await panelLogin(app, SUPPORT), "admin_session") ?? "";
			const value = decodeURIComponent(cookie.split(";")[0]?.slice("admin_session=".length) ?? "");
			const [payload = "", signature = ""] = value.split(".");
			const session = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
			const promoted = Buffer.from(JSON.stringify({ ...session, role: "admin" })).toString("base64url");
			const forgeries = [
				`${promoted}.${signature}`,
				await signCookie(promoted, `${TEST_COOKIE_SECRET}-other`),
				JSON.stringify({ userId: "user_01JGATECHECKADM00000000001", email: "admin@example.com", role: "admin", sessionId: "sess_x", expiresAt: "2999-01-01T00:00:00.000Z" }),
			];
			for (const forged of forgeries) {
				const reply = await call(app, AUTH, { headers: { cookie: `admin_session=${encodeURIComponent(forged)}` } });
				expect(reply.status).toBe(defects.length === 0 ? 401 : 200);
			}
			const untouched = await call(app, AUTH, { headers: { cookie: `admin_session=${encodeURIComponent(value)}` } });
			expect(untouched.status).toBe(200);
		}
	});

	test("the session expires after 30 days, by the server's clock", async () => {
		const { app, runtime } = await makeTestApp({ profile: "carphacom" });
		const cookies = cookiesOf(await panelLogin(app, ADMIN));
		runtime.clock.advance(30 * 86_400_000 - 1_000);
		expect((await call(app, AUTH, { headers: { cookie: cookies } })).status).toBe(200);
		runtime.clock.advance(1_000);
		const expired = await call(app, AUTH, { headers: { cookie: cookies } });
		expect({ status: expired.status, body: await expired.json() }).toEqual({
			status: 401,
			body: { authenticated: false, message: "Sesiune expirată" },
		});
		expect(expired.headers.getSetCookie()).toHaveLength(3);
	});
});

describe("the proxy and permissions", () => {
	test("with only the panel cookies, the proxy answers what /admin/* answers with the bearer", async () => {
		const app = await panelApp();
		const loggedIn = await panelLogin(app, ADMIN);
		const cookie = cookiesOf(loggedIn);
		const viaProxy = await call(app, "/app/api/admin/proxy/products?limit=2", { headers: { cookie } });
		const token = await login(app, "user", ADMIN);
		const direct = await call(app, "/admin/products?limit=2", { headers: { authorization: `Bearer ${token}` } });
		expect(viaProxy.status).toBe(200);
		expect(await viaProxy.json()).toEqual(await direct.json());
		expect(viaProxy.headers.get("cache-control")).toContain("no-store");
	});

	test("without a valid admin_session the proxy answers 401 and never calls /admin", async () => {
		const app = await panelApp();
		const token = cookieNamed(await panelLogin(app, ADMIN), "medusa_token")?.split(";")[0] ?? "";
		for (const cookie of [undefined, token, `${token}; admin_session=forged`]) {
			const reply = await call(app, "/app/api/admin/proxy/products", { headers: cookie ? { cookie } : {} });
			expect({ status: reply.status, body: await reply.json() }).toEqual({
				status: 401,
				body: { error: "Not authenticated", message: "Sesiune invalidă" },
			});
		}
	});

	test("the proxy cannot leave /admin/", async () => {
		const app = await panelApp();
		const cookie = cookiesOf(await panelLogin(app, ADMIN));
		const reply = await call(app, "/app/api/admin/proxy/%2e%2e/store/customers/me", { headers: { cookie } });
		expect(reply.status).toBe(404);
	});

	test("support: 200 on reads and 403 on writes, with the bearer and through the proxy; admin may write", async () => {
		const app = await panelApp();
		const bearer = { authorization: `Bearer ${await login(app, "user", SUPPORT)}` };
		const cookie = cookiesOf(await panelLogin(app, SUPPORT));
		const key = { title: "probe", type: "publishable" };
		expect((await call(app, "/admin/products", { headers: bearer })).status).toBe(200);
		expect((await call(app, "/app/api/admin/proxy/products", { headers: { cookie } })).status).toBe(200);
		const forbidden = { type: "forbidden", message: "Insufficient permissions. Required policies: api_key:write" };
		const direct = await call(app, "/admin/api-keys", { headers: bearer, body: key });
		expect({ status: direct.status, body: await direct.json() }).toEqual({ status: 403, body: forbidden });
		const proxied = await call(app, "/app/api/admin/proxy/api-keys", { headers: { cookie }, body: key });
		expect({ status: proxied.status, body: await proxied.json() }).toEqual({ status: 403, body: forbidden });
		const admin = cookiesOf(await panelLogin(app, ADMIN));
		expect((await call(app, "/app/api/admin/proxy/api-keys", { headers: { cookie: admin }, body: key })).status).toBe(200);
	});

	test("support-can-write lets the support user write", async () => {
		const app = await panelApp({ defects: ["support-can-write"] });
		const bearer = { authorization: `Bearer ${await login(app, "user", SUPPORT)}` };
		expect((await call(app, "/admin/api-keys", { headers: bearer, body: { title: "probe", type: "publishable" } })).status).toBe(200);
	});
});
