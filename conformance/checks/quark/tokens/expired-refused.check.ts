import type { CheckContext } from "../../../kit/context.ts";
import { setClockToSecond } from "../../../kit/tokens.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { decodeClaims, PROFILE, profile } from "../flows.ts";
import { expectRefused, workingToken } from "./support.ts";

// .NET's JwtBearer allows 5 minutes of clock skew by default (contracts README): a token is expired
// for it only once the clock is past exp + 5 min.
const PAST_SKEW_S = 5 * 60 + 1;

export default defineQuarkCheck({
	id: "quark/tokens/expired-refused",
	title: "An access token stops working once its exp and the default clock skew are past",
	rule: `Once the server's clock is ${PAST_SKEW_S} s past an access token's exp claim (more than .NET's default 5 minutes of skew), GET ${PROFILE} with that token answers 401.`,
	refs: ["seed:401", "choice:clock-skew", "rfc7519:4.1.4", "asvs:9.2.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "control-clock"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		const exp = decodeClaims(token)?.exp;
		ctx.expect.that(typeof exp === "number", "the access token has no numeric exp claim", { actual: decodeClaims(token) });
		await setClockToSecond(ctx, exp + PAST_SKEW_S);
		expectRefused(ctx, await profile(ctx, token), `the access token ${PAST_SKEW_S} s after its exp`);
	},
});
