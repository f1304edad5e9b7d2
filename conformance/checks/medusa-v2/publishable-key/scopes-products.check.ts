import type { CheckContext } from "../../../kit/context.ts";
import { Inconclusive } from "../../../kit/expect.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { listProductIds } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/publishable-key/scopes-products",
	title: "A publishable key only sees its sales channels' products",
	rule: "GET /store/products lists only the products of the key's sales channels: for two keys of different sales channels, each with products of its own, at least one product listed for one key is missing from the other key's list.",
	refs: ["facts:A.10", "observed:10"],
	tier: "observed",
	severity: "security",
	requires: ["publishable-key", "other-key"],
	async run(ctx: CheckContext) {
		const { publishableKey, otherPublishableKey } = ctx.config;
		ctx.expect.that(publishableKey !== undefined && otherPublishableKey !== undefined, "this check needs two publishable keys");
		const mine = await listProductIds(ctx, publishableKey, "the publishable key");
		const other = await listProductIds(ctx, otherPublishableKey, "the other publishable key");
		// With no product on either key there is nothing to compare: the run's keys cannot show the rule, which says nothing of the server.
		if (mine.ids.length === 0 && other.ids.length === 0)
			throw new Inconclusive("neither publishable key lists any product, so scoping cannot be judged: give keys whose sales channels have products of their own");
		const onlyMine = mine.ids.filter((id) => !other.ids.includes(id));
		const onlyOther = other.ids.filter((id) => !mine.ids.includes(id));
		// Two channels may share products, and one key's list may hold the other's; only identical lists show no scoping.
		ctx.expect.that(onlyMine.length + onlyOther.length > 0, "both keys list the same products: the key does not scope them to its sales channels", {
			expected: "a product listed for one key and not the other",
			actual: { publishableKey: mine.ids, otherPublishableKey: other.ids },
		});
	},
});
