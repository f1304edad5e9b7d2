// The storefront routes against seed 003's table of protected endpoints ("401 Missing or invalid
// token", "403 Valid token but insufficient permissions") and its public ones ("product browsing,
// categories, etc."), with the reference's catalogue, orders and 404s (README).
import { describe, expect, test } from "bun:test";
import { bearer, CUSTOMER, quarkApp, SECOND, signIn, STAFF, statusAndBody } from "../../../test/support/quark.ts";

const ADDRESS_ID = "d4e5f6a7-1b2c-4d3e-8f40-000000000001";

const NEW_ADDRESS = { firstName: "A", lastName: "B", line1: "1 Road", city: "Town", postalCode: "1", countryCode: "US" };

/**
 * Every protected route, with a body it would accept and its answer to a customer: the checkout's
 * basket does not exist, an unknown path under a protected prefix is no route, and the erasure
 * comes last.
 */
const PROTECTED: Array<{ method: string; path: string; body?: unknown; status: number }> = [
	{ method: "GET", path: "/api/storefront/profile", status: 200 },
	{ method: "GET", path: "/api/storefront/orders", status: 200 },
	{ method: "GET", path: "/api/storefront/basket/user", status: 200 },
	{ method: "POST", path: "/api/storefront/checkout/place-order", body: { basketId: "00000000-0000-4000-8000-000000000001", addressId: ADDRESS_ID }, status: 404 },
	{ method: "POST", path: "/api/storefront/checkout/anything-else", status: 404 },
	{ method: "GET", path: "/api/storefront/addresses", status: 200 },
	{ method: "POST", path: "/api/storefront/addresses", body: NEW_ADDRESS, status: 201 },
	{ method: "PUT", path: `/api/storefront/addresses/${ADDRESS_ID}`, body: NEW_ADDRESS, status: 200 },
	{ method: "DELETE", path: `/api/storefront/addresses/${ADDRESS_ID}`, status: 204 },
	{ method: "GET", path: "/api/storefront/addresses/anything/else", status: 404 },
	{ method: "POST", path: "/api/storefront/gdpr/export", status: 200 },
	{ method: "POST", path: "/api/storefront/gdpr/consent", body: { documentId: "terms", documentVersion: "1", accepted: true }, status: 200 },
	{ method: "POST", path: "/api/storefront/gdpr/anything-else", status: 404 },
	{ method: "POST", path: "/api/storefront/gdpr/delete", status: 200 },
];

describe("protected routes", () => {
	test("401 without a token and with a bad one, 403 for a valid token without the Customer role, then the route's own answer", async () => {
		const app = await quarkApp();
		const customer = await signIn(app, CUSTOMER);
		const staff = await signIn(app, STAFF);
		for (const { method, path, body, status } of PROTECTED) {
			const without = await app.call(path, { method, body });
			const bad = await app.call(path, { method, body, headers: bearer("not.a.token") });
			const forbidden = await app.call(path, { method, body, headers: bearer(staff.accessToken) });
			expect([path, await statusAndBody(without), await statusAndBody(bad), await statusAndBody(forbidden)]).toEqual([
				path,
				[401, { message: "Unauthorized" }],
				[401, { message: "Unauthorized" }],
				[403, { message: "Forbidden" }],
			]);
			const allowed = await app.call(path, { method, body, headers: bearer(customer.accessToken) });
			expect([path, allowed.status]).toEqual([path, status]);
		}
	});

	test("GET /api/storefront/profile: the login's user", async () => {
		const app = await quarkApp();
		const { accessToken, user } = await signIn(app, CUSTOMER);
		expect(await statusAndBody(await app.call("/api/storefront/profile", { headers: bearer(accessToken) }))).toEqual([200, user]);
	});

	test("GET /api/storefront/orders: the caller's own orders, newest first", async () => {
		const app = await quarkApp();
		const mine = await app.call("/api/storefront/orders", { headers: bearer((await signIn(app, CUSTOMER)).accessToken) });
		expect(await statusAndBody(mine)).toEqual([
			200,
			[
				{
					id: "7c9e6679-7425-40de-944b-000000000001",
					orderNumber: "QC-1001",
					status: "Delivered",
					placedAt: "2026-10-02T09:30:00.000Z",
					currency: "USD",
					total: 51.98,
					items: [
						{ productId: "9a3f0c11-5d2e-4b7a-a1c4-000000000001", productName: "Classic T-Shirt", quantity: 2, unitPrice: 19.99, lineTotal: 39.98 },
						{ productId: "9a3f0c11-5d2e-4b7a-a1c4-000000000003", productName: "Canvas Tote Bag", quantity: 1, unitPrice: 12, lineTotal: 12 },
					],
					shippingAddress: expect.objectContaining({ id: ADDRESS_ID, city: "Springfield" }),
				},
			],
		]);
		const theirs = await app.call("/api/storefront/orders", { headers: bearer((await signIn(app, SECOND)).accessToken) });
		expect(await statusAndBody(theirs)).toEqual([200, []]);
	});
});

describe("public routes", () => {
	test("categories, products, one product and the search need no token, and ignore one", async () => {
		const app = await quarkApp();
		for (const headers of [{}, bearer("not.a.token")]) {
			const categories = await app.call("/api/storefront/categories", { headers });
			expect(await statusAndBody(categories)).toEqual([
				200,
				[
					{ id: "2b7e1516-28ae-4d2a-8f15-000000000001", name: "Apparel", slug: "apparel" },
					{ id: "2b7e1516-28ae-4d2a-8f15-000000000002", name: "Accessories", slug: "accessories" },
				],
			]);
			expect(((await (await app.call("/api/storefront/products", { headers })).json()) as unknown[]).length).toBe(4);
		}
		const accessories = (await (await app.call("/api/storefront/products?categoryId=2B7E1516-28AE-4D2A-8F15-000000000002")).json()) as Array<{ name: string }>;
		expect(accessories.map((product) => product.name)).toEqual(["Canvas Tote Bag", "Wool Beanie"]);
		const one = await app.call("/api/storefront/products/9A3F0C11-5D2E-4B7A-A1C4-000000000002");
		expect(await statusAndBody(one)).toEqual([
			200,
			{
				id: "9a3f0c11-5d2e-4b7a-a1c4-000000000002",
				name: "Hooded Sweatshirt",
				slug: "hooded-sweatshirt",
				description: "A warm fleece hoodie.",
				price: 49.5,
				currency: "USD",
				categoryId: "2b7e1516-28ae-4d2a-8f15-000000000001",
			},
		]);
		const found = (await (await app.call("/api/storefront/products/search?q=WOOL")).json()) as Array<{ name: string }>;
		expect(found.map((product) => product.name)).toEqual(["Wool Beanie"]);
	});

	test("404 for an unknown product, an id that is no GUID, and any unknown path", async () => {
		const app = await quarkApp();
		expect(await statusAndBody(await app.call("/api/storefront/products/00000000-0000-4000-8000-000000000000"))).toEqual([404, { message: "Product not found." }]);
		for (const path of ["/api/storefront/products/not-a-guid", "/api/storefront/products/%", "/api/nothing", "/nothing", "/api/storefront/orders/x"])
			expect(await statusAndBody(await app.call(path))).toEqual([404, { message: "Not Found" }]);
	});

	test("the search wants q, at most 200 characters", async () => {
		const app = await quarkApp();
		for (const [query, message] of [
			["", "The q field is required."],
			["?q=%20", "The q field is required."],
			[`?q=${"x".repeat(201)}`, "The field q must be a string or array type with a maximum length of '200'."],
		] as const) {
			const response = await app.call(`/api/storefront/products/search${query}`);
			expect(await statusAndBody(response)).toEqual([400, expect.objectContaining({ errors: { q: [message] } })]);
		}
	});

	test("CORS for /api from QUARK_CORS (default http://localhost:3000), on answers, errors and preflights", async () => {
		const app = await quarkApp({ corsEnv: { QUARK_CORS: "https://shop.example" } });
		const allowed = await app.call("/api/storefront/categories", { headers: { origin: "https://shop.example" } });
		expect([allowed.headers.get("access-control-allow-origin"), allowed.headers.get("access-control-allow-credentials")]).toEqual(["https://shop.example", "true"]);
		const error = await app.call("/api/storefront/orders", { headers: { origin: "https://shop.example" } });
		expect([error.status, error.headers.get("access-control-allow-origin")]).toEqual([401, "https://shop.example"]);
		const other = await app.call("/api/storefront/categories", { headers: { origin: "http://localhost:3000" } });
		expect(other.headers.get("access-control-allow-origin")).toBeNull();
		const preflight = await app.call("/api/auth/login", {
			method: "OPTIONS",
			headers: { origin: "https://shop.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
		});
		expect([preflight.status, preflight.headers.get("access-control-allow-origin"), preflight.headers.get("access-control-allow-headers")]).toEqual([
			204,
			"https://shop.example",
			"content-type,authorization",
		]);
		const byDefault = await quarkApp();
		expect((await byDefault.call("/api/storefront/categories", { headers: { origin: "http://localhost:3000" } })).headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
	});
});
