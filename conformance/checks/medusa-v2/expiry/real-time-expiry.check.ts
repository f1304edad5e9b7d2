import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me } from "../flows.ts";
import { workingToken } from "../bearer/support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/expiry/real-time-expiry",
	title: "A login token stops working once its real lifetime has passed",
	rule: "On a target started with a short token lifetime (--token-ttl N), a login token that worked is refused on GET /store/customers/me with 401 after waiting N + 1 s of real time, with no control API involved.",
	refs: ["seed:auth-route", "seed:token-in-header", "rfc7519:4.1.4", "rfc6750:3.1", "asvs:9.2.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "slow-expiry"],
	async run(ctx: CheckContext) {
		const ttl = ctx.config.tokenTtlSeconds;
		ctx.expect.that(ttl !== undefined, "this check needs --token-ttl");
		const token = await workingToken(ctx);
		await ctx.sleep((ttl + 1) * 1000);
		ctx.expect.status(await me(ctx, token), 401, `the login token ${ttl + 1} s after it was issued (--token-ttl ${ttl})`);
	},
});
