import type { CheckContext } from "../../../kit/context.ts";
import { timesOf } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerToken, newCustomer } from "../flows.ts";

const THIRTY_DAYS_S = 2_592_000;

export default defineMedusaV1Check({
	id: "medusa-v1/login/token-lifetime",
	title: "The access_token lives 30 days",
	rule: `The access_token of POST /store/auth/token has exp − iat = ${THIRTY_DAYS_S} s (30 days, Medusa 1.20.11's store JWT lifetime).`,
	refs: ["observed:04a"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { iat, exp } = timesOf(ctx, await customerToken(ctx, await newCustomer(ctx)), "access_token");
		ctx.expect.equal(exp - iat, THIRTY_DAYS_S, "access_token exp − iat (seconds)");
	},
});
