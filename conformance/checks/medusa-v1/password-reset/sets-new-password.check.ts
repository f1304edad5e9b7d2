import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer, resetPassword, resetTokenFor } from "../flows.ts";
import { expectLoginRefused, expectLogsIn } from "../register/support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-reset/sets-new-password",
	title: "Reset Password with the mailed token sets the new password",
	rule: "After POST /store/customers/password-reset {email, token, password} with the token of the customer.password_reset event answers 200, Customer Login (JWT) succeeds with the new password and answers 401 to the old one.",
	refs: ["seed:customer-routes", "observed:12b", "observed:11"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const password = `New-${crypto.randomUUID()}`;
		const token = await resetTokenFor(ctx, customer.email);
		ctx.expect.status(await resetPassword(ctx, { email: customer.email, token, password }), 200, "POST /store/customers/password-reset");
		await expectLogsIn(ctx, { email: customer.email, password }, "the new password");
		await expectLoginRefused(ctx, customer, "the old password");
	},
});
