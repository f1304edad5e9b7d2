import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { MarketplaceClient, PRODUCTS } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/marketplace/unknown-product-404",
	title: "An unknown marketplace product id answers 404 with a Medusa error body",
	rule: `GET ${PRODUCTS}/{id} for an id that no listing has answers 404 {"type":"not_found","message":"<text>"} with Content-Type: application/json; charset=utf-8, never 200 with an empty body or a 5xx.`,
	refs: ["choice:marketplace"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const client = new MarketplaceClient(ctx, "unknown-product", true);
		const id = `mkt_gatecheck_unknown_${crypto.randomUUID().replaceAll("-", "")}`;
		const reply = await client.get(`${PRODUCTS}/${id}`);
		ctx.expect.status(reply, 404, `GET ${PRODUCTS}/${id}`);
		ctx.expect.header(reply, "content-type", "application/json; charset=utf-8");
		const body = reply.body as Record<string, unknown> | undefined;
		ctx.expect.that(
			typeof body === "object" && body !== null && body.type === "not_found" && typeof body.message === "string",
			`404 body: expected {"type":"not_found","message":"…"}, got ${reply.text.slice(0, 200)}`,
			{ actual: reply.body ?? reply.text, exchange: reply.exchange },
		);
	},
});
