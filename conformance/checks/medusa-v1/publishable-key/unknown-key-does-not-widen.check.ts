import type { CheckContext } from "../../../kit/context.ts";
import fc from "fast-check";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectNoWiderThanKeyless, listedProductIds, unissuedKeys } from "./support.ts";

// Header-safe text: upstream's pk_ + ULID shape, the reference's pk_ + 64 hex digits, and anything printable.
const candidateKey = fc.oneof(
	fc.stringMatching(/^pk_01[0-9A-HJKMNP-TV-Z]{24}$/),
	fc.stringMatching(/^pk_[0-9a-f]{64}$/),
	fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 60 }).filter((s) => !/\s/.test(s)),
);

export default defineMedusaV1Check({
	id: "medusa-v1/publishable-key/unknown-key-does-not-widen",
	title: "A key no server issued sees no more products than no key",
	rule: "GET /store/products with an x-publishable-api-key the server never issued (pk_invalid, a well-formed key never issued, any other text) either is refused with a 4xx or lists no product that GET /store/products without a key does not list.",
	refs: ["choice:N12", "observed:13"],
	tier: "hardening",
	severity: "security",
	requires: [],
	async run(ctx: CheckContext) {
		const keyless = await listedProductIds(ctx, undefined);
		for (const key of unissuedKeys(ctx)) await expectNoWiderThanKeyless(ctx, key, keyless, `key ${key}`);
		const configured = [ctx.config.publishableKey, ctx.config.otherPublishableKey, ctx.config.revokedPublishableKey];
		await ctx.property(
			candidateKey.filter((key) => !configured.includes(key)),
			(key) => expectNoWiderThanKeyless(ctx, key, keyless, `key ${JSON.stringify(key)}`),
			Math.min(ctx.options.runs, 25),
		);
	},
});
