import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";

const CATEGORIES = "/api/storefront/categories";
const PRODUCTS = "/api/storefront/products";
const BASKET = "/api/storefront/basket";

export default defineQuarkCheck({
	id: "quark/protected/public-routes-open",
	title: "Product browsing, categories and an anonymous basket need no token",
	rule: `With no Authorization header, GET ${PRODUCTS} and GET ${CATEGORIES} answer a 2xx, and so do POST ${BASKET}/{basketId} with a new client-made GUID and GET ${BASKET}/{basketId} of that basket.`,
	refs: ["seed:protected"],
	// Seed 003 says browsing and categories are public but names no path for them: these are the
	// reference's, so the check is of the observed tier (contracts README, quark).
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const expectOpen = (reply: Reply, what: string): void =>
			ctx.expect.that(reply.status >= 200 && reply.status < 300, `${what} with no token answered ${reply.status}`, { exchange: reply.exchange });
		const products = await ctx.request({ path: PRODUCTS, useJar: false });
		expectOpen(products, `GET ${PRODUCTS}`);
		expectOpen(await ctx.request({ path: CATEGORIES, useJar: false }), `GET ${CATEGORIES}`);
		// FACTS.md §D: the client makes up the basket's id, and GET of a basket is anonymous.
		const first = Array.isArray(products.body) ? (products.body[0] as { id?: unknown } | undefined)?.id : undefined;
		const basket = `${BASKET}/${crypto.randomUUID()}`;
		const items = typeof first === "string" ? [{ productId: first, quantity: 1 }] : [];
		expectOpen(await ctx.request({ path: basket, json: { items }, useJar: false }), `POST ${basket}`);
		expectOpen(await ctx.request({ path: basket, useJar: false }), `GET ${basket}`);
	},
});
