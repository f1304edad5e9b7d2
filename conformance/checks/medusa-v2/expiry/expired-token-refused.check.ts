import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me } from "../flows.ts";
import { setClockToSecond, timesOf, workingToken } from "../bearer/support.ts";

// RFC 7519 §4.1.4 lets a verifier allow "a few minutes" of leeway past exp; ten is beyond any.
const PAST_LEEWAY_S = 600;

export default defineMedusaV2Check({
	id: "medusa-v2/expiry/expired-token-refused",
	title: "A login token stops working after its exp",
	rule: `Once the server's clock is ${PAST_LEEWAY_S} s past a login token's exp claim, GET /store/customers/me with that token answers 401: the JWT the login route returns is only good until it expires.`,
	refs: ["seed:auth-route", "seed:token-in-header", "rfc7519:4.1.4", "rfc6750:3.1", "asvs:9.2.1", "observed:05"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "control-clock"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		const { exp } = timesOf(ctx, token, "login token");
		await setClockToSecond(ctx, exp + PAST_LEEWAY_S);
		ctx.expect.status(await me(ctx, token), 401, `the login token ${PAST_LEEWAY_S} s after its exp`);
	},
});
