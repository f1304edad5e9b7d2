// Baskets (FACTS.md §D): POST /api/storefront/basket/{basketId} with a client-made id, linked to
// the account when a token is sent; GET /api/storefront/basket/{basketId} for anyone;
// GET /api/storefront/basket/user with a Customer's token. A token, when sent, must be valid
// (reference choice: a client that means to link its basket learns that it did not).
import { Elysia } from "elysia";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import { BASKET, BEARER, bodyOf, bodyRefusalsOrMessage400, CUSTOMER_ONLY, notFoundOr, OPTIONAL_BEARER, RATE_LIMITED, UNAUTHORIZED } from "./api-schemas.ts";
import { optionalCaller, requireCustomer } from "./authenticate.ts";
import type { BasketLine } from "./baskets.ts";
import { quarkError } from "./errors.ts";
import { guidParameter } from "./path-ids.ts";
import { readBody } from "./request-body.ts";
import { BASKET_REQUEST } from "./requests.ts";
import type { QuarkRuntime } from "./runtime.ts";
import { basketView } from "./views.ts";

const NO_BASKET = "Basket not found.";

/** Another account's basket is not found, anonymous callers included (README, Storefront). */
const NOT_FOUND = notFoundOr(`No such basket, or another account's: \`{"message":"${NO_BASKET}"}\``);

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
		}, operation({
			summary: "The caller's basket",
			description: "FACTS.md §D, for a Customer's token: the basket the account linked last, at today's prices.",
			tags: ["basket"],
			security: BEARER,
			answers: {
				200: { description: "The basket, or `{id:null, currency, total:0, items:[]}` when the account has linked none.", schema: BASKET },
				...CUSTOMER_ONLY,
				...RATE_LIMITED,
			},
		}))
		// An anonymous basket, or the caller's own: another account's is not found.
		.get("/api/storefront/basket/:basketId", async ({ params, request }) => {
			const now = rt.clock.now();
			const caller = await optionalCaller(rt, request, now);
			const basket = rt.state.slice.baskets.visible(guidParameter(params.basketId), caller?.customer.id, now);
			if (!basket) throw quarkError("ERR_NOT_FOUND", NO_BASKET);
			return jsonResponse(200, basketView(basket, rt.state.slice.catalogue));
		}, operation({
			summary: "A basket by its id",
			description: "FACTS.md §D: anyone may read an anonymous basket; a linked one only its account. A token is optional, but a bad one is the 401.",
			tags: ["basket"],
			security: OPTIONAL_BEARER,
			answers: { 200: { description: "The basket, at today's prices.", schema: BASKET }, ...UNAUTHORIZED, ...NOT_FOUND, ...RATE_LIMITED },
		}))
		// Sets the basket's items, creating it under the client's id; a token links it to the account.
		.post("/api/storefront/basket/:basketId", async ({ body, params, request }) => {
			const now = rt.clock.now();
			const caller = await optionalCaller(rt, request, now);
			const id = guidParameter(params.basketId);
			const lines = linesOf(rt, readBody(request, body, BASKET_REQUEST).items);
			const basket = rt.state.slice.baskets.put(id, lines, caller?.customer.id, now);
			if (!basket) throw quarkError("ERR_NOT_FOUND", NO_BASKET);
			return jsonResponse(200, basketView(basket, rt.state.slice.catalogue));
		}, operation({
			summary: "Set a basket's items",
			description:
				"FACTS.md §D: the client makes up the basket's id (a GUID). Sets the items (a product listed twice keeps its last quantity), " +
				"creating the basket; a token, when sent, links it to the account (a bad one is the 401). Baskets expire 30 days after their last change.",
			tags: ["basket"],
			security: OPTIONAL_BEARER,
			body: bodyOf(BASKET_REQUEST),
			answers: {
				200: { description: "The basket, at the catalogue's prices.", schema: BASKET },
				...UNAUTHORIZED,
				...NOT_FOUND,
				...bodyRefusalsOrMessage400('a product the catalogue does not have, `{"message":"Product … does not exist."}`.'),
				...RATE_LIMITED,
			},
		}));
