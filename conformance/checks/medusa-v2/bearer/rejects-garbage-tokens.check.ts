import type { CheckContext } from "../../../kit/context.ts";
import fc from "fast-check";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me } from "../flows.ts";

// Any token-ish string: base64url fragments joined by dots, or arbitrary printable text.
const garbageToken = fc.oneof(
	fc.array(fc.base64String({ maxLength: 40 }).map((s) => s.replaceAll("=", "")), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(".")),
	fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 60 }).filter((s) => !/\s/.test(s)),
);

export default defineMedusaV2Check({
	id: "medusa-v2/bearer/rejects-garbage-tokens",
	title: "Arbitrary bearer tokens are refused",
	rule: 'GET /store/customers/me with "Authorization: Bearer <anything that is not a valid token>" answers 401, never 200 and never 5xx (the exact body is bearer/refusal-body\'s concern).',
	refs: ["seed:token-in-header", "rfc6750:3.1", "observed:05"],
	tier: "contract",
	severity: "security",
	requires: ["publishable-key"],
	async run(ctx: CheckContext) {
		await ctx.property(garbageToken, async (token) => {
			ctx.expect.status(await me(ctx, token), 401, `Bearer ${token}`);
		});
	},
});
