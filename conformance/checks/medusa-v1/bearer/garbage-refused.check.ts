import type { CheckContext } from "../../../kit/context.ts";
import fc from "fast-check";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectRefused, me } from "../flows.ts";

// Token-ish strings: base64 fragments joined by dots, or printable text with no whitespace.
const garbageToken = fc.oneof(
	fc.array(fc.base64String({ maxLength: 40 }).map((s) => s.replaceAll("=", "")), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(".")),
	fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 60 }).filter((s) => !/\s/.test(s)),
);

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/garbage-refused",
	title: "Arbitrary bearer tokens are refused",
	rule: 'GET /store/customers/me with "Authorization: Bearer <anything that is not a valid token>" answers 401, never 200 and never 5xx.',
	refs: ["seed:bearer", "observed:09c", "rfc6750:3.1"],
	tier: "contract",
	severity: "security",
	requires: [],
	async run(ctx: CheckContext) {
		await ctx.property(garbageToken, async (token) => {
			expectRefused(ctx, await me(ctx, { bearer: token }), `Bearer ${token}`);
		});
	},
});
