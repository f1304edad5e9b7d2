// The rate policies of FACTS.md §D, per client IP (contracts README): global 100 a minute (fixed
// window) on every /api request, search 60 a minute (fixed window), burst 20 in any 10 s (sliding)
// on /api/auth; every 429 is `Retry-After: 60` with the documented body. A request refused by the
// global limit does not count for the endpoint's; one refused by the endpoint's stays counted by
// the global one (README).
import { describe, expect, test } from "bun:test";
import { sendFrom } from "../../../test/support/test-app.ts";
import { bearer, CUSTOMER, type QuarkTestApp, quarkApp, signIn, STOREFRONT } from "../../../test/support/quark.ts";

const LIMITED = { status: 429, message: "Rate limit exceeded. Please retry after 60 seconds.", retryAfter: 60 };

const get = (app: QuarkTestApp, path: string, from = "127.0.0.1", headers: Record<string, string> = {}): Promise<Response> =>
	app.app.handle(sendFrom(from, new Request(`http://localhost${path}`, { headers })));

/** A cheap auth request: an unknown refresh token, the 401. */
const authRequest = (app: QuarkTestApp, from = "127.0.0.1"): Promise<Response> =>
	app.app.handle(
		sendFrom(from, new Request("http://localhost/api/auth/refresh", { method: "POST", headers: { "content-type": "application/json" }, body: '{"refreshToken":"x"}' })),
	);

const statuses = async (count: number, send: () => Promise<Response>): Promise<number[]> => {
	const seen = new Set<number>();
	for (let i = 0; i < count; i++) seen.add((await send()).status);
	return [...seen];
};

describe("the global policy: 100 requests a minute per client on /api", () => {
	test("the 101st is the documented 429, with Retry-After: 60 and the CORS headers; another client goes on", async () => {
		const app = await quarkApp();
		expect(await statuses(100, () => get(app, "/api/storefront/categories"))).toEqual([200]);
		const refused = await get(app, "/api/storefront/categories", "127.0.0.1", { origin: STOREFRONT });
		expect([refused.status, refused.headers.get("retry-after"), refused.headers.get("content-type"), await refused.json()]).toEqual([
			429,
			"60",
			"application/json; charset=utf-8",
			LIMITED,
		]);
		expect(refused.headers.get("access-control-allow-origin")).toBe(STOREFRONT);
		expect((await get(app, "/api/storefront/categories", "10.0.0.2")).status).toBe(200);
	});

	test("a fixed window: the count starts again at the next minute, however late in this one the 100 came", async () => {
		const app = await quarkApp();
		app.clock.advance(59_000);
		expect(await statuses(100, () => get(app, "/api/storefront/categories"))).toEqual([200]);
		expect((await get(app, "/api/storefront/categories")).status).toBe(429);
		app.clock.advance(1_000);
		expect(await statuses(100, () => get(app, "/api/storefront/categories"))).toEqual([200]);
	});

	test("unknown /api paths count; other paths, preflights and the control API do not", async () => {
		const app = await quarkApp();
		expect(await statuses(50, () => get(app, "/api/no/such/route"))).toEqual([404]);
		for (let i = 0; i < 200; i++) {
			await get(app, "/nothing");
			await app.call("/__control");
			await app.call("/api/auth/login", { method: "OPTIONS", headers: { origin: STOREFRONT, "access-control-request-method": "POST" } });
		}
		expect(await statuses(50, () => get(app, "/api/storefront/categories"))).toEqual([200]);
		expect((await get(app, "/api/storefront/categories")).status).toBe(429);
	});

	test("GET /api/storefront/profile is counted on its synchronous path too", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		const profile = () => app.app.fetch(new Request("http://localhost/api/storefront/profile", { headers: bearer(accessToken) }));
		await profile();
		for (let i = 2; i <= 100; i++) {
			const answer = profile();
			expect(answer).toBeInstanceOf(Response);
			expect((answer as Response).status).toBe(i < 100 ? 200 : 429);
		}
	});

	test("the client is the socket address; X-Forwarded-For counts only with --trust-proxy", async () => {
		const direct = await quarkApp();
		await statuses(100, () => get(direct, "/api/storefront/categories", "127.0.0.1", { "x-forwarded-for": `10.1.0.${Math.floor(Math.random() * 250)}` }));
		expect((await get(direct, "/api/storefront/categories", "127.0.0.1", { "x-forwarded-for": "10.2.0.1" })).status).toBe(429);
		const proxied = await quarkApp({ trustProxy: true });
		await statuses(100, () => get(proxied, "/api/storefront/categories", "127.0.0.1", { "x-forwarded-for": "10.1.0.1" }));
		expect((await get(proxied, "/api/storefront/categories", "127.0.0.1", { "x-forwarded-for": "10.1.0.1" })).status).toBe(429);
		expect((await get(proxied, "/api/storefront/categories", "127.0.0.1", { "x-forwarded-for": "10.2.0.1, 10.1.0.1" })).status).toBe(200);
	});

	test("/__control/reset forgets every count", async () => {
		const app = await quarkApp();
		await statuses(101, () => get(app, "/api/storefront/categories"));
		expect((await get(app, "/api/storefront/categories")).status).toBe(429);
		await app.call("/__control/reset", { method: "POST" });
		expect((await get(app, "/api/storefront/categories")).status).toBe(200);
	});
});

describe("the search policy: 60 a minute on the product search", () => {
	test("the 61st search is the 429, other routes go on; the refused search still counts for the global policy", async () => {
		const app = await quarkApp();
		expect(await statuses(60, () => get(app, "/api/storefront/products/search?q=a"))).toEqual([200]);
		const refused = await get(app, "/api/storefront/products/search/?q=a");
		expect([refused.status, refused.headers.get("retry-after"), await refused.json()]).toEqual([429, "60", LIMITED]);
		expect(await statuses(39, () => get(app, "/api/storefront/products"))).toEqual([200]);
		expect((await get(app, "/api/storefront/products")).status).toBe(429);
		app.clock.advance(60_000);
		expect((await get(app, "/api/storefront/products/search?q=a")).status).toBe(200);
	});
});

describe("the burst policy: 20 in any 10 seconds on /api/auth", () => {
	test("the 21st is the 429 with Retry-After: 60; a sliding window lets one more through as each leaves it", async () => {
		const app = await quarkApp();
		expect(await statuses(10, () => authRequest(app))).toEqual([401]);
		app.clock.advance(5_000);
		expect(await statuses(10, () => authRequest(app))).toEqual([401]);
		const refused = await authRequest(app);
		expect([refused.status, refused.headers.get("retry-after"), await refused.json()]).toEqual([429, "60", LIMITED]);
		expect((await get(app, "/api/storefront/categories")).status).toBe(200);
		expect((await authRequest(app, "10.0.0.2")).status).toBe(401);
		app.clock.advance(5_000);
		expect(await statuses(10, () => authRequest(app))).toEqual([401]);
		expect((await authRequest(app)).status).toBe(429);
	});

	test("requests the global policy refused do not count for the burst", async () => {
		const app = await quarkApp();
		await statuses(100, () => get(app, "/api/storefront/categories"));
		expect(await statuses(30, () => authRequest(app))).toEqual([429]);
		app.clock.advance(60_000);
		expect(await statuses(20, () => authRequest(app))).toEqual([401]);
		expect((await authRequest(app)).status).toBe(429);
	});
});
