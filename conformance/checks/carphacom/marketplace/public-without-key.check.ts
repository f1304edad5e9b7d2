import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { firstListedId, MarketplaceClient, PRODUCTS } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/marketplace/public-without-key",
	title: "/store/marketplace/* answers without a publishable key or any credentials",
	rule: `GET ${PRODUCTS}, and GET ${PRODUCTS}/{id} for the first listing it returns, sent with no x-publishable-api-key, no Authorization and no cookies, answer 200 with a JSON body: unlike every other /store route, the federation endpoints are public.`,
	refs: ["seed:marketplace-public"],
	tier: "contract",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		// Not a rate-limit check: a limit hit by the run's own pace is waited out.
		const client = new MarketplaceClient(ctx, "public", true);
		const list = await client.get();
		ctx.expect.status(list, 200, `GET ${PRODUCTS} without a key`);
		ctx.expect.that(typeof list.body === "object" && list.body !== null, `GET ${PRODUCTS}: expected a JSON object`, {
			actual: list.text.slice(0, 200),
			exchange: list.exchange,
		});
		const id = firstListedId(list.body);
		if (id === undefined) return;
		const one = await client.get(`${PRODUCTS}/${encodeURIComponent(id)}`);
		ctx.expect.status(one, 200, `GET ${PRODUCTS}/${id} without a key`);
	},
});
