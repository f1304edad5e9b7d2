import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { storeRequest } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/publishable-key/products-envelope",
	title: "GET /store/products answers Medusa's list envelope",
	rule: "GET /store/products with a valid publishable key answers 200 {products, count, offset, limit} (those keys, in that order) with offset 0 and limit 50 by default, count a whole number at least the length of products.",
	refs: ["observed:10"],
	tier: "observed",
	severity: "interoperability",
	requires: ["publishable-key"],
	async run(ctx: CheckContext) {
		const reply = await storeRequest(ctx, "/store/products", ctx.config.publishableKey);
		ctx.expect.status(reply, 200, "GET /store/products with the key");
		const body = reply.body as Record<string, unknown> | undefined;
		ctx.expect.equal(body && Object.keys(body), ["products", "count", "offset", "limit"], "envelope keys (names and order)", reply.exchange);
		const products = body?.products;
		ctx.expect.that(Array.isArray(products), "products: expected an array", { actual: products, exchange: reply.exchange });
		ctx.expect.equal({ offset: body?.offset, limit: body?.limit }, { offset: 0, limit: 50 }, "default offset and limit", reply.exchange);
		const count = body?.count;
		ctx.expect.that(Number.isInteger(count) && (count as number) >= products.length, "count: expected a whole number ≥ the products listed", {
			actual: count,
			exchange: reply.exchange,
		});
	},
});
