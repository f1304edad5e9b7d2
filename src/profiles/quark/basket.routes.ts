// Baskets (FACTS.md §D): POST /api/storefront/basket/{basketId} with a client-made id, linked to
// the account when a token is sent; GET /api/storefront/basket/{basketId} for anyone;
// GET /api/storefront/basket/user with a Customer's token. A token, when sent, must be valid
// (reference choice: a client that means to link its basket learns that it did not).
import { Elysia } from "elysia";
import { jsonResponse } from "../../http/respond.ts";
import { optionalCaller, requireCustomer } from "./authenticate.ts";
import type { BasketLine } from "./baskets.ts";
import { quarkError } from "./errors.ts";
import { guidParameter } from "./path-ids.ts";
import { readBody } from "./request-body.ts";
import { BASKET_REQUEST } from "./requests.ts";
import type { QuarkRuntime } from "./runtime.ts";
import { basketView } from "./views.ts";

const NO_BASKET = "Basket not found.";

/** The body's lines, each of a product of the catalogue; a product listed twice keeps its last quantity (reference choice). */
const linesOf = (rt: QuarkRuntime, items: unknown): BasketLine[] => {
	const lines = new Map<string, number>();
	for (const item of items as Array<{ productId: string; quantity: number }>) {
		const productId = item.productId.toLowerCase();
		if (!rt.state.slice.catalogue.productsById.has(productId)) throw quarkError("ERR_BAD_REQUEST", `Product ${item.productId} does not exist.`);
		lines.set(productId, item.quantity);
	}
	return [...lines].map(([productId, quantity]) => ({ productId, quantity }));
};

export const basketRoutes = (rt: QuarkRuntime) =>
	new Elysia({ name: "quark/basket" })
		// The basket this account linked last, or an empty one with a null id.
		.get("/api/storefront/basket/user", async ({ request }) => {
			const now = rt.clock.now();
			const { customer } = await requireCustomer(rt, request, now);
			return jsonResponse(200, basketView(rt.state.slice.baskets.ofAccount(customer.id, now), rt.state.slice.catalogue));
		})
		// An anonymous basket, or the caller's own: another account's is not found.
		.get("/api/storefront/basket/:basketId", async ({ params, request }) => {
			const now = rt.clock.now();
			const caller = await optionalCaller(rt, request, now);
			const basket = rt.state.slice.baskets.visible(guidParameter(params.basketId), caller?.customer.id, now);
			if (!basket) throw quarkError("ERR_NOT_FOUND", NO_BASKET);
			return jsonResponse(200, basketView(basket, rt.state.slice.catalogue));
		})
		// Sets the basket's items, creating it under the client's id; a token links it to the account.
		.post("/api/storefront/basket/:basketId", async ({ body, params, request }) => {
			const now = rt.clock.now();
			const caller = await optionalCaller(rt, request, now);
			const id = guidParameter(params.basketId);
			const lines = linesOf(rt, readBody(request, body, BASKET_REQUEST).items);
			const basket = rt.state.slice.baskets.put(id, lines, caller?.customer.id, now);
			if (!basket) throw quarkError("ERR_NOT_FOUND", NO_BASKET);
			return jsonResponse(200, basketView(basket, rt.state.slice.catalogue));
		});
