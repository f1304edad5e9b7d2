import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { login, registerAccount, tokenOf } from "../flows.ts";
import { expectedLifetime, timesOf } from "../bearer/support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/expiry/lifetime-one-day",
	title: "Login tokens live one day",
	rule: "A customer login token has exp − iat = 86400 s (upstream's default jwtExpiresIn \"1d\"), or exactly the --token-ttl the target was started with.",
	refs: ["observed:12", "facts:A.4"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const { iat, exp } = timesOf(ctx, tokenOf(ctx, await login(ctx, account), "login"), "login token");
		ctx.expect.equal(exp - iat, expectedLifetime(ctx), "login token exp − iat (seconds)");
	},
});
