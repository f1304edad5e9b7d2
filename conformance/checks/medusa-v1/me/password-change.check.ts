import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerOf, customerToken, newCustomer } from "../flows.ts";
import { expectLoginRefused, expectLogsIn } from "../register/support.ts";
import { updateMe } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/me/password-change",
	title: "Update Customer changes the password",
	rule: "POST /store/customers/me {password} with a store JWT answers 200 {customer}; afterwards Customer Login (JWT) succeeds with the new password and answers 401 to the old one.",
	refs: ["seed:customer-routes", "observed:09i", "observed:04b"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const password = `New-${crypto.randomUUID()}`;
		customerOf(ctx, await updateMe(ctx, { password }, { bearer: await customerToken(ctx, customer) }), "POST /store/customers/me {password}");
		await expectLogsIn(ctx, { email: customer.email, password }, "the new password");
		await expectLoginRefused(ctx, customer, "the old password");
	},
});
