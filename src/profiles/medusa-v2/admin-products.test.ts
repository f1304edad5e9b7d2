// GET /admin/products's query on the fixture products, which the golden replay's empty catalogue
// cannot show (observed 32 was recorded without products): the filters the list shares with
// /store/products, the admin's own `status`, `sales_channel_id` and `price_list_id`, and one product.
import { describe, expect, test } from "bun:test";
import { ADMIN, call, login, makeTestApp } from "../../../test/support/test-app.ts";

const WHOLESALE = "sc_01JGATECHECKSCH00000000002";

const adminGet = async (path: string): Promise<{ status: number; body: Record<string, unknown> }> => {
	const { app } = await makeTestApp();
	const token = await login(app, "user", ADMIN);
	const response = await call(app, path, { headers: { authorization: `Bearer ${token}` } });
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const handles = async (query: string): Promise<unknown> => {
	const { status, body } = await adminGet(`/admin/products?${query}`);
	expect(status).toBe(200);
	return (body.products as Array<{ handle: string }>).map((product) => product.handle);
};

describe("GET /admin/products", () => {
	test("lists every product, whatever unknown keys the query carries", async () => {
		expect(await handles("foo=1&bar[baz]=2")).toEqual(["t-shirt", "sweatshirt", "sweatpants", "mug-crate"]);
	});

	test("filters by status list, sales channel, q and title, and orders", async () => {
		expect(await handles("status[]=draft")).toEqual([]);
		expect(await handles("status[]=draft&status[]=published&order=-title")).toEqual(["mug-crate", "t-shirt", "sweatshirt", "sweatpants"]);
		expect(await handles(`sales_channel_id=${WHOLESALE}`)).toEqual(["sweatpants", "mug-crate"]);
		expect(await handles("q=SWEAT")).toEqual(["sweatshirt", "sweatpants"]);
		expect(await handles("title[]=Medusa%20T-Shirt&title[]=Wholesale%20Crate%20of%20Mugs")).toEqual(["t-shirt", "mug-crate"]);
	});

	test("a price list filter finds nothing, as no product is in a price list", async () => {
		expect(await handles("price_list_id[]=plist_1")).toEqual([]);
	});

	test("fields= selects from the admin view", async () => {
		const { body } = await adminGet("/admin/products?fields=handle,status&limit=1");
		expect(body.products).toEqual([{ handle: "t-shirt", status: "published", id: "prod_01JGATECHECKPRD00000000001" }]);
	});

	test("a status that is no product status names the first bad item", async () => {
		const { status, body } = await adminGet("/admin/products?status[]=published&status[]=bogus");
		expect([status, body]).toEqual([400, { type: "invalid_data", message: "Invalid request: Field 'status, 1' is required" }]);
	});
});

describe("GET /admin/products/:id", () => {
	test("answers the product, or 404 for an unknown id", async () => {
		const found = await adminGet("/admin/products/prod_01JGATECHECKPRD00000000004?fields=title");
		expect(found).toEqual({ status: 200, body: { product: { title: "Wholesale Crate of Mugs", id: "prod_01JGATECHECKPRD00000000004" } } });
		const missing = await adminGet("/admin/products/prod_01AAAAAAAAAAAAAAAAAAAAAAAA");
		expect(missing).toEqual({ status: 404, body: { type: "not_found", message: "Product not found" } });
	});
});
