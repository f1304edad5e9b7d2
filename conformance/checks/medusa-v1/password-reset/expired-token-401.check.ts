import type { CheckContext } from "../../../kit/context.ts";
import { setClockToSecond, timesOf } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer, resetPassword, resetTokenFor } from "../flows.ts";
import { expectInvalidToken, INVALID_TOKEN } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-reset/expired-token-401",
	title: "An expired reset token of an existing customer gets the 401, not a 500",
	rule: `Once the server's clock is past a reset token's exp, POST /store/customers/password-reset with it and the customer's e-mail answers 401 ${INVALID_TOKEN}, as for an unknown e-mail.`,
	refs: ["choice:N1", "observed:12a", "asvs:6.3.8"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "reset-mail", "control-clock"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = await resetTokenFor(ctx, customer.email);
		await setClockToSecond(ctx, timesOf(ctx, token, "the reset token").exp + 60);
		expectInvalidToken(ctx, await resetPassword(ctx, { email: customer.email, token, password: `Late-${crypto.randomUUID()}` }), "the expired reset token");
	},
});
