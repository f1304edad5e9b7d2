// /health as `app.MapHealthChecks("/health")` answers it with no checks registered (README, "Health"):
// 200 `text/plain` `Healthy` with HealthCheckMiddleware's anti-caching headers, for every method,
// outside /api's CORS and rate limits, whatever token or body comes with it.
import { describe, expect, test } from "bun:test";
import { sendFrom } from "../../../test/support/test-app.ts";
import { bearer, quarkApp, STOREFRONT } from "../../../test/support/quark.ts";

const HEADERS = {
	"content-type": "text/plain",
	"cache-control": "no-store, no-cache",
	pragma: "no-cache",
	expires: "Thu, 01 Jan 1970 00:00:00 GMT",
};

/** Status, every header (content-length aside: framing) and body, for one-line expectations. */
const answer = async (response: Response): Promise<[number, Record<string, string>, string]> => {
	const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== "content-length"));
	return [response.status, headers, await response.text()];
};

describe("quark: /health", () => {
	test("GET: 200 text/plain Healthy, not to be cached, and nothing else", async () => {
		const app = await quarkApp();
		expect(await answer(await app.call("/health"))).toEqual([200, HEADERS, "Healthy"]);
	});

	test("no CORS headers, even for the origin QUARK_CORS allows: /health is outside /api", async () => {
		const app = await quarkApp();
		expect(await answer(await app.call("/health", { headers: { origin: STOREFRONT } }))).toEqual([200, HEADERS, "Healthy"]);
		const preflight = await app.call("/health", { method: "OPTIONS", headers: { origin: STOREFRONT, "access-control-request-method": "GET" } });
		expect(await answer(preflight)).toEqual([200, HEADERS, "Healthy"]);
	});

	test("every method, as MapHealthChecks maps the path without a method constraint; HEAD without the body", async () => {
		const app = await quarkApp();
		for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
			expect([method, ...(await answer(await app.call("/health", { method })))]).toEqual([method, 200, HEADERS, "Healthy"]);
		const head = await app.call("/health", { method: "HEAD" });
		expect(await answer(head)).toEqual([200, HEADERS, ""]);
		expect(head.headers.get("content-length")).toBe("7");
	});

	test("a token or a body changes nothing: no authentication, nothing parsed", async () => {
		const app = await quarkApp();
		expect(await answer(await app.call("/health", { headers: bearer("not.a.token") }))).toEqual([200, HEADERS, "Healthy"]);
		expect(await answer(await app.call("/health", { body: "{not json", headers: { "content-type": "application/json" } }))).toEqual([200, HEADERS, "Healthy"]);
		expect(await answer(await app.call("/health", { body: "x", headers: { "content-type": "application/xml" } }))).toEqual([200, HEADERS, "Healthy"]);
	});

	test("a query string and a trailing slash are the same route, as ASP.NET Core's routing matches them", async () => {
		const app = await quarkApp();
		expect(await answer(await app.call("/health?full=1"))).toEqual([200, HEADERS, "Healthy"]);
		expect(await answer(await app.call("/health/"))).toEqual([200, HEADERS, "Healthy"]);
	});

	test("not rate-limited, and it spends none of the client's /api budget", async () => {
		const app = await quarkApp();
		const get = (path: string): Promise<Response> => app.app.handle(sendFrom("10.9.0.1", new Request(`http://localhost${path}`)));
		const seen = new Set<number>();
		for (let i = 0; i < 150; i++) seen.add((await get("/health")).status);
		expect([...seen]).toEqual([200]);
		seen.clear();
		for (let i = 0; i < 100; i++) seen.add((await get("/api/storefront/categories")).status);
		expect([...seen]).toEqual([200]);
		expect((await get("/api/storefront/categories")).status).toBe(429);
	});
});
