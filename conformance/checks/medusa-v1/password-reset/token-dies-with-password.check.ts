import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer, resetPassword, resetTokenFor } from "../flows.ts";
import { expectLoginRefused, expectLogsIn } from "../register/support.ts";
import { expectNotReset } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-reset/token-dies-with-password",
	title: "A reset token stops working once the password has changed",
	rule: "Once POST /store/customers/password-reset has set a password with a token, the same token sent again with another password gets an error status, and the first new password still logs in while the second does not.",
	refs: ["observed:12b"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = await resetTokenFor(ctx, customer.email);
		const first = { email: customer.email, password: `First-${crypto.randomUUID()}` };
		const second = { email: customer.email, password: `Second-${crypto.randomUUID()}` };
		ctx.expect.status(await resetPassword(ctx, { ...first, token }), 200, "the first reset with the token");
		expectNotReset(ctx, await resetPassword(ctx, { ...second, token }), "the same token again");
		await expectLogsIn(ctx, first, "the password the first reset set");
		await expectLoginRefused(ctx, second, "the password of the refused reset");
	},
});
