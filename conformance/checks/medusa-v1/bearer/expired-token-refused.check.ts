import type { CheckContext } from "../../../kit/context.ts";
import { setClockToSecond, timesOf } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerToken, expectRefused, me, newCustomer } from "../flows.ts";

// RFC 7519 §4.1.4 lets a verifier allow "a few minutes" of leeway past exp; ten is beyond any.
const PAST_LEEWAY_S = 600;

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/expired-token-refused",
	title: "A store JWT stops working after its exp",
	rule: `Once the server's clock is ${PAST_LEEWAY_S} s past an access_token's exp claim, GET /store/customers/me with that token answers 401.`,
	refs: ["seed:bearer", "observed:09c", "rfc7519:4.1.4", "asvs:9.2.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "control-clock"],
	async run(ctx: CheckContext) {
		const token = await customerToken(ctx, await newCustomer(ctx));
		ctx.expect.status(await me(ctx, { bearer: token }), 200, "the fresh access_token on GET /store/customers/me");
		const { exp } = timesOf(ctx, token, "access_token");
		await setClockToSecond(ctx, exp + PAST_LEEWAY_S);
		expectRefused(ctx, await me(ctx, { bearer: token }), `the access_token ${PAST_LEEWAY_S} s after its exp`);
	},
});
