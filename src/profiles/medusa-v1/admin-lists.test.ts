// GET /admin/products and GET /admin/customers against medusa-v1-observed.md fact 46 and the recorded
// exchanges (transcript 14e; recorded/19 and 22).
import { describe, expect, test } from "bun:test";
import { keyPaths, recordedBody } from "../../../test/support/recorded.ts";
import { ADMIN, call, CUSTOMER, makeTestApp } from "../../../test/support/test-app.ts";
import medusaV1 from "./index.ts";

type App = Awaited<ReturnType<typeof makeTestApp>>["app"];

interface List {
	products?: Array<Record<string, unknown> & { handle: string; sales_channels: Array<{ name: string }> }>;
	customers?: Array<Record<string, unknown> & { email: string }>;
	count: number;
	offset: number;
	limit: number;
}

const ALL_PRODUCTS = ["t-shirt", "sweatshirt", "sweatpants", "mug-crate"];
const FIXTURE_CUSTOMERS = ["customer@example.com", "second@example.com"];

const app = async (): Promise<App> => (await makeTestApp({ profile: medusaV1 })).app;

const cookieOf = (response: Response): string => response.headers.get("set-cookie")?.split(";")[0] ?? "";

const bearerOf = async (server: App, path: string, credentials: typeof ADMIN): Promise<Record<string, string>> => {
	const { access_token: token } = (await (await call(server, path, { body: credentials })).json()) as { access_token: string };
	return { authorization: `Bearer ${token}` };
};

const adminBearer = (server: App) => bearerOf(server, "/admin/auth/token", ADMIN);

const get = async (server: App, path: string, headers: Record<string, string>): Promise<List> => {
	const response = await call(server, path, { headers });
	expect([path, response.status]).toEqual([path, 200]);
	return (await response.json()) as List;
};

describe("GET /admin/products", () => {
	test("14e: an admin JWT or cookie lists every product of every channel, with profile and sales_channels, in upstream's key order", async () => {
		const server = await app();
		const cookie = { cookie: cookieOf(await call(server, "/admin/auth", { body: ADMIN })) };
		for (const headers of [await adminBearer(server), cookie]) {
			const body = await get(server, "/admin/products", headers);
			expect([body.products?.map((product) => product.handle), body.count, body.offset, body.limit]).toEqual([ALL_PRODUCTS, 4, 0, 50]);
			expect(body.products?.map((product) => product.sales_channels.map((channel) => channel.name))).toEqual([
				["Default Sales Channel"],
				["Default Sales Channel"],
				["Default Sales Channel", "Wholesale"],
				["Wholesale"],
			]);
		}
		const recorded = recordedBody("medusa-v1/transcripts/14e-cross-actor", "admin JWT on /admin/products");
		expect(keyPaths(await get(server, "/admin/products?limit=1", await adminBearer(server)))).toEqual(keyPaths(recorded));
	});

	test("14e, 19: limit and offset, 50 to a page", async () => {
		const server = await app();
		const headers = await adminBearer(server);
		const page = async (query: string) => {
			const body = await get(server, `/admin/products${query}`, headers);
			return [body.products?.map((product) => product.handle), body.count, body.offset, body.limit];
		};
		expect(await page("?limit=1")).toEqual([["t-shirt"], 4, 0, 1]);
		expect(await page("?limit=1&offset=1")).toEqual([["sweatshirt"], 4, 1, 1]);
		expect(await page("?offset=3")).toEqual([["mug-crate"], 4, 3, 50]);
		const invalid = await call(server, "/admin/products?limit=abc&offset=xyz", { headers });
		expect(await invalid.json()).toEqual({
			type: "invalid_data",
			message: "offset must be a number conforming to the specified constraints, limit must be a number conforming to the specified constraints",
		});
	});
});

describe("GET /admin/customers", () => {
	test("19: an admin JWT or cookie lists the customers in the order of creation, without relations, in upstream's key order", async () => {
		const server = await app();
		const registered = await call(server, "/store/customers", { body: { email: "third@example.com", password: "supersecret" } });
		expect(registered.status).toBe(200);
		const cookie = { cookie: cookieOf(await call(server, "/admin/auth", { body: ADMIN })) };
		for (const headers of [await adminBearer(server), cookie]) {
			const body = await get(server, "/admin/customers", headers);
			expect([body.customers?.map((customer) => customer.email), body.count, body.offset, body.limit]).toEqual([[...FIXTURE_CUSTOMERS, "third@example.com"], 3, 0, 50]);
		}
		const recorded = recordedBody("medusa-v1/recorded/19-admin-lists", "admin JWT: GET /admin/customers?limit=2");
		expect(keyPaths(await get(server, "/admin/customers?limit=2", await adminBearer(server)))).toEqual(keyPaths(recorded));
	});

	test("19, 22: limit and offset, and their messages in the customers' order: limit first", async () => {
		const server = await app();
		const headers = await adminBearer(server);
		const page = await get(server, "/admin/customers?limit=1&offset=1", headers);
		expect([page.customers?.map((customer) => customer.email), page.count, page.offset, page.limit]).toEqual([["second@example.com"], 2, 1, 1]);
		const recorded = recordedBody("medusa-v1/recorded/22-list-query-validation", "/admin/customers?limit=abc&offset=xyz");
		const invalid = await call(server, "/admin/customers?limit=abc&offset=xyz", { headers });
		expect([invalid.status, await invalid.json()]).toEqual([400, recorded]);
	});
});

describe("the admin lists refuse everyone but an admin", () => {
	test("46: nothing, a customer's JWT or a customer's cookie get the middleware's 401, with no Content-Type", async () => {
		const server = await app();
		const customerCookie = { cookie: cookieOf(await call(server, "/store/auth", { body: CUSTOMER })) };
		for (const path of ["/admin/products?limit=1", "/admin/customers?limit=1"])
			for (const headers of [{}, await bearerOf(server, "/store/auth/token", CUSTOMER), customerCookie]) {
				const response = await call(server, path, { headers });
				expect([path, response.status, response.headers.get("content-type"), await response.text()]).toEqual([path, 401, null, "Unauthorized"]);
				expect(response.headers.get("vary")).toBe("Origin");
			}
	});
});
