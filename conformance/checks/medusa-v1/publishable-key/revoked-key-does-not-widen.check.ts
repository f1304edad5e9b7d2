import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectNoWiderThanKeyless, listedProductIds } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/publishable-key/revoked-key-does-not-widen",
	title: "A revoked key sees no more products than no key",
	rule: "GET /store/products with a revoked publishable key (--revoked-publishable-key) either is refused with a 4xx or lists no product that GET /store/products without a key does not list.",
	refs: ["choice:N12", "observed:13"],
	tier: "hardening",
	severity: "security",
	requires: ["revoked-key"],
	async run(ctx: CheckContext) {
		const revoked = ctx.config.revokedPublishableKey;
		ctx.expect.that(revoked !== undefined, "this check needs --revoked-publishable-key");
		await expectNoWiderThanKeyless(ctx, revoked, await listedProductIds(ctx, undefined), "the revoked key");
	},
});
