// The account's orders and checkout (seed 003: "GET /api/storefront/orders  User's order history",
// "POST /api/storefront/checkout/*  Checkout operations"), both for a Customer's token only. The
// one checkout operation is a reference choice: POST /api/storefront/checkout/place-order
// `{basketId, addressId}` turns the caller's basket into an order shipped to one of its addresses.
import { Elysia } from "elysia";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import { BEARER, bodyOf, bodyRefusalsOrMessage400, CUSTOMER_ONLY, message, ORDER, ORDERS, RATE_LIMITED } from "./api-schemas.ts";
import { ACCOUNT_LIMITS, type Order } from "./accounts.ts";
import { requireCustomer } from "./authenticate.ts";
import { priced } from "./baskets.ts";
import { quarkError } from "./errors.ts";
import { protectedPrefix } from "./protected-prefix.ts";
import { readBody } from "./request-body.ts";
import { PLACE_ORDER_REQUEST } from "./requests.ts";
import type { QuarkRuntime } from "./runtime.ts";
import { orderView } from "./views.ts";

export const orderRoutes = (rt: QuarkRuntime) =>
	new Elysia({ name: "quark/orders" })
		// Newest first.
		.get("/api/storefront/orders", async ({ request }) => {
			const { data } = await requireCustomer(rt, request, rt.clock.now());
			return jsonResponse(200, [...data.orders].sort((a, b) => b.placedAt - a.placedAt).map(orderView));
		}, operation({
			summary: "The caller's orders",
			description: 'Seed 003 ("User\'s order history"), for a Customer\'s token: newest first, including the ones the fixtures give.',
			tags: ["orders"],
			security: BEARER,
			answers: { 200: { description: "The orders, newest first.", schema: ORDERS }, ...CUSTOMER_ONLY, ...RATE_LIMITED },
		}))
		// 201 with the order; the basket must be the caller's (linked by sending a token with it) and not empty.
		.post("/api/storefront/checkout/place-order", async ({ body, request }) => {
			const now = rt.clock.now();
			const { customer, data } = await requireCustomer(rt, request, now);
			const fields = readBody(request, body, PLACE_ORDER_REQUEST);
			const { baskets, catalogue } = rt.state.slice;
			const basket = baskets.visible((fields.basketId as string).toLowerCase(), customer.id, now);
			if (basket?.accountId !== customer.id) throw quarkError("ERR_NOT_FOUND", "Basket not found.");
			if (basket.lines.length === 0) throw quarkError("ERR_BAD_REQUEST", "The basket is empty.");
			const address = data.addresses.find((candidate) => candidate.id === (fields.addressId as string).toLowerCase());
			if (!address) throw quarkError("ERR_NOT_FOUND", "Address not found.");
			if (data.orders.length >= ACCOUNT_LIMITS.orders) throw quarkError("ERR_BAD_REQUEST", `An account keeps at most ${ACCOUNT_LIMITS.orders} orders here.`);
			const order: Order = {
				id: crypto.randomUUID(),
				number: `QC-${rt.state.slice.nextOrderNumber++}`,
				status: "Pending",
				placedAt: now,
				lines: priced(basket.lines, catalogue),
				shippingAddress: { ...address },
			};
			data.orders.push(order);
			baskets.remove(basket);
			return jsonResponse(201, orderView(order));
		}, operation({
			summary: "Place an order from the caller's basket",
			description:
				'Seed 003 ("POST /api/storefront/checkout/*"), for a Customer\'s token; the operation is a reference choice. Turns the caller\'s linked basket ' +
				"into an order (numbered after the fixtures', status Pending) shipped to one of its addresses; the basket is gone.",
			tags: ["orders"],
			security: BEARER,
			body: bodyOf(PLACE_ORDER_REQUEST),
			answers: {
				201: { description: "The order.", schema: ORDER },
				...CUSTOMER_ONLY,
				404: message('A basket not linked to the caller, `{"message":"Basket not found."}`, or an address not the caller\'s, `{"message":"Address not found."}`.'),
				...bodyRefusalsOrMessage400(`an empty basket, \`{"message":"The basket is empty."}\`, or an account at its ${ACCOUNT_LIMITS.orders} orders.`),
				...RATE_LIMITED,
			},
		}))
		.use(protectedPrefix(rt, "/api/storefront/checkout", "orders"));
