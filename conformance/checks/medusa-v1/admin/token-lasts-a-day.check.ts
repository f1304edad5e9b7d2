import type { CheckContext } from "../../../kit/context.ts";
import { timesOf } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { adminToken } from "../flows.ts";

const ONE_DAY_S = 86_400;

export default defineMedusaV1Check({
	id: "medusa-v1/admin/token-lasts-a-day",
	title: "The admin JWT lives 24 hours",
	rule: `The access_token of POST /admin/auth/token has integer iat and exp claims with exp − iat = ${ONE_DAY_S} s (24 hours; the store JWT's 30 days would leave a leaked admin token useful for a month).`,
	refs: ["observed:14b", "asvs:9.2.1"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const { iat, exp } = timesOf(ctx, await adminToken(ctx), "the admin access_token");
		ctx.expect.equal(exp - iat, ONE_DAY_S, "exp − iat of the admin access_token (s)");
	},
});
