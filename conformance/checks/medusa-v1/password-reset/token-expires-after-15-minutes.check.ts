import type { CheckContext } from "../../../kit/context.ts";
import { setClockToSecond, timesOf } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer, resetPassword, resetTokenFor } from "../flows.ts";
import { expectLogsIn } from "../register/support.ts";
import { expectNotReset } from "./support.ts";

const LIFETIME_S = 900;
// The expired token of transcript 12a was 60 s past its exp.
const PAST_S = 60;

export default defineMedusaV1Check({
	id: "medusa-v1/password-reset/token-expires-after-15-minutes",
	title: "A reset token is refused 15 minutes after it was issued",
	rule: `Once the server's clock is ${PAST_S} s past a reset token's iat + ${LIFETIME_S} s, POST /store/customers/password-reset with it gets an error status and the old password still logs in.`,
	refs: ["observed:11", "observed:12a", "asvs:9.2.1"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "reset-mail", "control-clock"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = await resetTokenFor(ctx, customer.email);
		// From iat, not from the token's own exp: a token that lives longer must not set its own deadline.
		const { iat } = timesOf(ctx, token, "the reset token");
		await setClockToSecond(ctx, iat + LIFETIME_S + PAST_S);
		expectNotReset(ctx, await resetPassword(ctx, { email: customer.email, token, password: `Late-${crypto.randomUUID()}` }), "the reset token after 15 minutes");
		await expectLogsIn(ctx, customer, "the old password");
	},
});
