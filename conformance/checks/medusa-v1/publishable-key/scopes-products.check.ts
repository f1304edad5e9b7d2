import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { listedProductIds } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/publishable-key/scopes-products",
	title: "A key of another sales channel lists that channel's products",
	rule: "GET /store/products with the publishable key of another sales channel (--other-publishable-key) lists at least one product that neither the default key's listing (--publishable-key) nor the key-less listing holds: the key selects its channel's products.",
	refs: ["observed:13"],
	tier: "observed",
	severity: "security",
	requires: ["publishable-key", "other-key"],
	async run(ctx: CheckContext) {
		const { publishableKey, otherPublishableKey } = ctx.config;
		ctx.expect.that(publishableKey !== undefined && otherPublishableKey !== undefined, "this check needs two publishable keys");
		const other = await listedProductIds(ctx, otherPublishableKey);
		const mine = await listedProductIds(ctx, publishableKey);
		const keyless = await listedProductIds(ctx, undefined);
		const onlyOther = other.filter((id) => !mine.includes(id) && !keyless.includes(id));
		ctx.expect.that(onlyOther.length > 0, "the other channel's key lists no product of its own: it does not scope the listing to its channel", {
			expected: "a product listed with the other key only",
			actual: { otherPublishableKey: other, publishableKey: mine, noKey: keyless },
		});
	},
});
