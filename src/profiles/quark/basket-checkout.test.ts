// Baskets (FACTS.md §D: a client-made id, anonymous reads, linked to the user when a token is sent,
// GET /basket/user with a Bearer) and the checkout that turns one into an order (reference choices,
// README).
import { describe, expect, test } from "bun:test";
import { bearer, CUSTOMER, type QuarkTestApp, quarkApp, SECOND, signIn, statusAndBody } from "../../../test/support/quark.ts";

const BASKET = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
const TEE = "9a3f0c11-5d2e-4b7a-a1c4-000000000001";
const BAG = "9a3f0c11-5d2e-4b7a-a1c4-000000000003";
const ADDRESS = "d4e5f6a7-1b2c-4d3e-8f40-000000000002";

const put = (app: QuarkTestApp, items: unknown, headers: Record<string, string> = {}, id = BASKET): Promise<Response> =>
	app.call(`/api/storefront/basket/${id}`, { body: { items }, headers });

describe("baskets", () => {
	test("anyone fills and reads an anonymous basket under the id they chose; prices come from the catalogue", async () => {
		const app = await quarkApp();
		const response = await put(app, [{ productId: TEE, quantity: 2 }, { productId: BAG.toUpperCase(), quantity: "1" }]);
		const expected = {
			id: BASKET,
			currency: "USD",
			total: 51.98,
			items: [
				{ productId: TEE, productName: "Classic T-Shirt", quantity: 2, unitPrice: 19.99, lineTotal: 39.98 },
				{ productId: BAG, productName: "Canvas Tote Bag", quantity: 1, unitPrice: 12, lineTotal: 12 },
			],
		};
		expect(await statusAndBody(response)).toEqual([200, expected]);
		expect(await statusAndBody(await app.call(`/api/storefront/basket/${BASKET.toUpperCase()}`))).toEqual([200, expected]);
	});

	test("a token links the basket: then only its account sees or changes it, and GET /basket/user finds it", async () => {
		const app = await quarkApp();
		const customer = await signIn(app, CUSTOMER);
		const second = await signIn(app, SECOND);
		expect((await statusAndBody(await app.call("/api/storefront/basket/user", { headers: bearer(customer.accessToken) })))[1]).toEqual({ id: null, currency: "USD", total: 0, items: [] });
		await put(app, [{ productId: TEE, quantity: 1 }]);
		expect((await put(app, [{ productId: TEE, quantity: 3 }], bearer(customer.accessToken))).status).toBe(200);
		const notFound: [number, unknown] = [404, { message: "Basket not found." }];
		expect(await statusAndBody(await app.call(`/api/storefront/basket/${BASKET}`))).toEqual(notFound);
		expect(await statusAndBody(await app.call(`/api/storefront/basket/${BASKET}`, { headers: bearer(second.accessToken) }))).toEqual(notFound);
		expect(await statusAndBody(await put(app, [], bearer(second.accessToken)))).toEqual(notFound);
		expect(await statusAndBody(await put(app, []))).toEqual(notFound);
		const mine = (await statusAndBody(await app.call("/api/storefront/basket/user", { headers: bearer(customer.accessToken) })))[1] as { id: string; total: number };
		expect([mine.id, mine.total]).toEqual([BASKET, 59.97]);
	});

	test("a bad token is the 401 even here; a basket id that is no GUID is no route", async () => {
		const app = await quarkApp();
		expect((await put(app, [], bearer("bad.token.here"))).status).toBe(401);
		expect((await app.call(`/api/storefront/basket/${BASKET}`, { headers: bearer("bad.token.here") })).status).toBe(401);
		expect(await statusAndBody(await put(app, [], {}, "my-basket"))).toEqual([404, { message: "Not Found" }]);
		expect((await app.call("/api/storefront/basket/user", { method: "POST", body: { items: [] } })).status).toBe(404);
	});

	test("validation: items required, each a product of the catalogue with a quantity of 1 to 99", async () => {
		const app = await quarkApp();
		expect(await statusAndBody(await app.call(`/api/storefront/basket/${BASKET}`, { body: {} }))).toEqual([
			400,
			expect.objectContaining({ errors: { Items: ["The Items field is required."] } }),
		]);
		expect(await statusAndBody(await put(app, [{ productId: TEE, quantity: 0 }, { quantity: 100 }]))).toEqual([
			400,
			expect.objectContaining({
				errors: {
					"Items[0].Quantity": ["The field Quantity must be between 1 and 99."],
					"Items[1].ProductId": ["The ProductId field is required."],
					"Items[1].Quantity": ["The field Quantity must be between 1 and 99."],
				},
			}),
		]);
		expect(await statusAndBody(await put(app, [{ productId: TEE, quantity: 1.5 }]))).toEqual([
			400,
			expect.objectContaining({ errors: { "$.items[0].quantity": ["The JSON value could not be converted to System.Int32. Path: $.items[0].quantity."] } }),
		]);
		expect(await statusAndBody(await put(app, [{ productId: "00000000-0000-4000-8000-000000000000", quantity: 1 }]))).toEqual([
			400,
			{ message: "Product 00000000-0000-4000-8000-000000000000 does not exist." },
		]);
	});
});

describe("POST /api/storefront/checkout/place-order", () => {
	test("turns the caller's basket into an order shipped to one of its addresses; the basket is gone", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		await put(app, [{ productId: BAG, quantity: 2 }], bearer(accessToken));
		app.clock.advance(60_000);
		const response = await app.call("/api/storefront/checkout/place-order", { headers: bearer(accessToken), body: { basketId: BASKET, addressId: ADDRESS } });
		const order = (await response.json()) as Record<string, unknown>;
		expect([response.status, order]).toEqual([
			201,
			{
				id: expect.stringMatching(/^[0-9a-f-]{36}$/),
				orderNumber: "QC-1002",
				status: "Pending",
				placedAt: "2026-12-01T12:01:00.000Z",
				currency: "USD",
				total: 24,
				items: [{ productId: BAG, productName: "Canvas Tote Bag", quantity: 2, unitPrice: 12, lineTotal: 24 }],
				shippingAddress: expect.objectContaining({ id: ADDRESS, line2: "Flat 3" }),
			},
		]);
		const orders = (await (await app.call("/api/storefront/orders", { headers: bearer(accessToken) })).json()) as Array<{ orderNumber: string }>;
		expect(orders.map((placed) => placed.orderNumber)).toEqual(["QC-1002", "QC-1001"]);
		expect((await app.call(`/api/storefront/basket/${BASKET}`, { headers: bearer(accessToken) })).status).toBe(404);
	});

	test("404 for an anonymous or another's basket or address; 400 for an empty basket", async () => {
		const app = await quarkApp();
		const customer = await signIn(app, CUSTOMER);
		const second = await signIn(app, SECOND);
		const placeOrder = (token: string, addressId = ADDRESS) =>
			app.call("/api/storefront/checkout/place-order", { headers: bearer(token), body: { basketId: BASKET, addressId } });
		await put(app, [{ productId: TEE, quantity: 1 }]);
		expect(await statusAndBody(await placeOrder(customer.accessToken))).toEqual([404, { message: "Basket not found." }]);
		await put(app, [], bearer(customer.accessToken));
		expect(await statusAndBody(await placeOrder(second.accessToken))).toEqual([404, { message: "Basket not found." }]);
		expect(await statusAndBody(await placeOrder(customer.accessToken))).toEqual([400, { message: "The basket is empty." }]);
		await put(app, [{ productId: TEE, quantity: 1 }], bearer(customer.accessToken));
		expect(await statusAndBody(await placeOrder(customer.accessToken, "00000000-0000-4000-8000-000000000000"))).toEqual([404, { message: "Address not found." }]);
	});
});
