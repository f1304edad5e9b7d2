// Security edges of the medusa-v2 reference: algorithm pinning (STACK.md P9; observed 05e), actor
// separation (observed 09b, 09c), secret API keys over Basic (FACTS.md §A.4), publishable-key scope
// (FACTS.md §A.10; observed 05h, 10), no secret ever in a body, forged session cookies, and the
// Secure/SameSite cookie attributes over https and behind a trusted proxy (observed 06, 06p).
import { describe, expect, test } from "bun:test";
import { base64url, SignJWT } from "jose";
import { signCookie } from "elysia/utils";
import type { GatecheckApp } from "../src/app.ts";
import {
	ADMIN,
	CUSTOMER,
	call,
	decodeJwt,
	login,
	makeTestApp,
	PUBLISHABLE_KEY,
	REVOKED_KEY,
	SECRET_KEY,
	TEST_COOKIE_SECRET,
	TEST_JWT_SECRET,
	WHOLESALE_KEY,
} from "./support/test-app.ts";

type App = GatecheckApp["app"];

const UNAUTHORIZED = { message: "Unauthorized" };
const SECRET_KEY_ID = "apk_01JGATECHECKSKY00000000001";

const me = (app: App, headers: Record<string, string>): Promise<Response> =>
	call(app, "/store/customers/me", { headers: { "x-publishable-api-key": PUBLISHABLE_KEY, ...headers } });

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

const expectUnauthorized = async (response: Response): Promise<void> => {
	expect(response.status).toBe(401);
	expect(await response.json()).toEqual(UNAUTHORIZED);
};

/** The claims of `token` signed again with the right secret under another HMAC algorithm. */
const resign = (token: string, alg: "HS256" | "HS384" | "HS512"): Promise<string> =>
	new SignJWT(decodeJwt(token)).setProtectedHeader({ alg, typ: "JWT" }).sign(new TextEncoder().encode(TEST_JWT_SECRET));

/** The claims of `token` under `alg: none`, with an empty signature. */
const unsigned = (token: string): string => {
	const encode = (value: unknown): string => base64url.encode(JSON.stringify(value));
	return `${encode({ alg: "none", typ: "JWT" })}.${encode(decodeJwt(token))}.`;
};

describe("token algorithms (STACK.md P9; observed 05e)", () => {
	test("the same claims re-signed HS256 with the secret pass: the control for the cases below", async () => {
		const { app } = await makeTestApp();
		const token = await login(app, "customer", CUSTOMER);
		expect((await me(app, bearer(await resign(token, "HS256")))).status).toBe(200);
	});

	for (const alg of ["HS384", "HS512"] as const)
		test(`${alg} with the right secret → 401`, async () => {
			const { app } = await makeTestApp();
			const token = await login(app, "customer", CUSTOMER);
			await expectUnauthorized(await me(app, bearer(await resign(token, alg))));
		});

	test("alg none → 401", async () => {
		const { app } = await makeTestApp();
		const token = await login(app, "customer", CUSTOMER);
		await expectUnauthorized(await me(app, bearer(unsigned(token))));
	});
});

describe("actor separation (observed 09b, 09c)", () => {
	test("a customer token on /admin/products → 401", async () => {
		const { app } = await makeTestApp();
		const token = await login(app, "customer", CUSTOMER);
		await expectUnauthorized(await call(app, "/admin/products", { headers: bearer(token) }));
	});

	test("an admin token on /store/customers/me → 401", async () => {
		const { app } = await makeTestApp();
		const token = await login(app, "user", ADMIN);
		expect((await call(app, "/admin/products", { headers: bearer(token) })).status).toBe(200);
		await expectUnauthorized(await me(app, bearer(token)));
	});
});

describe("secret API keys over Basic (FACTS.md §A.4)", () => {
	const forms = {
		"raw sk_…": `Basic ${SECRET_KEY}`,
		'base64("sk_…:")': `Basic ${Buffer.from(`${SECRET_KEY}:`).toString("base64")}`,
	};

	for (const [form, authorization] of Object.entries(forms)) {
		test(`${form} reads /admin/products`, async () => {
			const { app } = await makeTestApp();
			const response = await call(app, "/admin/products", { headers: { authorization } });
			expect(response.status).toBe(200);
			expect(((await response.json()) as { count: number }).count).toBe(4);
		});

		test(`${form} on /admin/users/me: authenticated, but the api-key actor is no user → 404`, async () => {
			// The actor_id is the key's id; the route looks it up among users (upstream's users/me route).
			const { app } = await makeTestApp();
			const response = await call(app, "/admin/users/me", { headers: { authorization } });
			expect(response.status).toBe(404);
			expect(await response.json()).toEqual({ type: "not_found", message: `User with id: ${SECRET_KEY_ID} was not found` });
		});
	}

	test("the secret key as a Bearer token → 401", async () => {
		// Only the status: newer upstream sends a special message here (FACTS.md §A.2), not observed for 2.21.2.
		const { app } = await makeTestApp();
		expect((await call(app, "/admin/products", { headers: bearer(SECRET_KEY) })).status).toBe(401);
	});
});

describe("publishable keys (FACTS.md §A.10; observed 05h, 10)", () => {
	test("the revoked fixture key → 400 not_allowed", async () => {
		const { app } = await makeTestApp();
		const response = await call(app, "/store/products", { headers: { "x-publishable-api-key": REVOKED_KEY } });
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({
			type: "not_allowed",
			message: "A valid publishable key is required to proceed with the request",
		});
	});

	const productIds = async (app: App, key: string): Promise<string[]> => {
		const response = await call(app, "/store/products", { headers: { "x-publishable-api-key": key } });
		expect(response.status).toBe(200);
		return ((await response.json()) as { products: Array<{ id: string }> }).products.map((product) => product.id).sort();
	};

	test("each key sees only the products of its sales channels (fixtures/medusa-v2.json)", async () => {
		const { app } = await makeTestApp();
		expect(await productIds(app, WHOLESALE_KEY)).toEqual(["prod_01JGATECHECKPRD00000000003", "prod_01JGATECHECKPRD00000000004"]);
		expect(await productIds(app, PUBLISHABLE_KEY)).toEqual([
			"prod_01JGATECHECKPRD00000000001",
			"prod_01JGATECHECKPRD00000000002",
			"prod_01JGATECHECKPRD00000000003",
		]);
	});
});

describe("no secret in any response body", () => {
	test("register, create customer, login, me, session, refresh, reset and admin me leak no hash or secret", async () => {
		const { app } = await makeTestApp();
		const email = "leak-check@example.com";
		const password = "leak-check-password";
		const key = { "x-publishable-api-key": PUBLISHABLE_KEY };
		const bodies: string[] = [];
		const record = async (response: Response): Promise<Response> => {
			bodies.push(await response.clone().text());
			return response;
		};
		const registered = await record(await call(app, "/auth/customer/emailpass/register", { body: { email, password } }));
		const registration = ((await registered.json()) as { token: string }).token;
		await record(await call(app, "/store/customers", { headers: { ...key, ...bearer(registration) }, body: { email } }));
		await record(await call(app, "/auth/customer/emailpass", { body: { email, password: "wrong" } }));
		const loggedIn = await record(await call(app, "/auth/customer/emailpass", { body: { email, password } }));
		const token = ((await loggedIn.json()) as { token: string }).token;
		await record(await me(app, bearer(token)));
		await record(await call(app, "/auth/session", { method: "POST", headers: bearer(token) }));
		await record(await call(app, "/auth/token/refresh", { method: "POST", headers: bearer(token) }));
		await record(await call(app, "/auth/customer/emailpass/reset-password", { body: { identifier: email } }));
		const admin = await login(app, "user", ADMIN);
		await record(await call(app, "/admin/users/me", { headers: bearer(admin) }));

		expect(bodies).toHaveLength(9);
		for (const body of bodies) {
			expect(body).not.toContain("$argon2");
			expect(body).not.toContain(TEST_JWT_SECRET);
			expect(body).not.toContain(TEST_COOKIE_SECRET);
			expect(body).not.toContain(password);
		}
	});
});

describe("session cookies (observed 06, 06p)", () => {
	const openSession = async (app: App, init: { origin?: string; headers?: Record<string, string> } = {}): Promise<string> => {
		const token = await login(app, "customer", CUSTOMER);
		const response = await call(app, "/auth/session", {
			method: "POST",
			origin: init.origin,
			headers: { ...bearer(token), ...init.headers },
		});
		expect(response.status).toBe(200);
		return response.headers.get("set-cookie") ?? "";
	};

	test("a connect.sid signed with another secret → 401", async () => {
		const { app } = await makeTestApp();
		const genuine = await openSession(app);
		const id = /^connect\.sid=s%3A([^.]+)\./.exec(genuine)?.[1];
		if (id === undefined) throw new Error(`unexpected cookie: ${genuine}`);
		// The control: the genuine cookie works.
		expect((await me(app, { cookie: genuine.split(";")[0] ?? "" })).status).toBe(200);
		const forged = encodeURIComponent(`s:${await signCookie(id, "another-secret-0123456789abcdef")}`);
		await expectUnauthorized(await me(app, { cookie: `connect.sid=${forged}` }));
		// Unsigned forms of the same id are refused too.
		await expectUnauthorized(await me(app, { cookie: `connect.sid=${id}` }));
		await expectUnauthorized(await me(app, { cookie: `connect.sid=${encodeURIComponent(`s:${id}`)}` }));
	});

	const SECURE = "; Secure; SameSite=Lax";

	test("over https the cookie is Secure; SameSite=Lax", async () => {
		const { app } = await makeTestApp();
		expect(await openSession(app, { origin: "https://localhost" })).toEndWith(`HttpOnly${SECURE}`);
	});

	test("over http it is not", async () => {
		const { app } = await makeTestApp();
		const cookie = await openSession(app);
		expect(cookie).toEndWith("; HttpOnly");
		expect(cookie).not.toContain("Secure");
		expect(cookie).not.toContain("SameSite");
	});

	test("with trustProxy, X-Forwarded-Proto: https makes it Secure", async () => {
		const { app } = await makeTestApp({ trustProxy: true });
		expect(await openSession(app, { headers: { "x-forwarded-proto": "https" } })).toEndWith(`HttpOnly${SECURE}`);
	});

	test("without trustProxy, X-Forwarded-Proto is ignored", async () => {
		const { app } = await makeTestApp();
		expect(await openSession(app, { headers: { "x-forwarded-proto": "https" } })).toEndWith("; HttpOnly");
	});
});
