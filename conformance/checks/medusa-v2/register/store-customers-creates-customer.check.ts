import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount } from "../flows.ts";
import { createCustomer } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/register/store-customers-creates-customer",
	title: "The registration token creates the customer",
	rule: "POST /store/customers with Authorization: Bearer <registration token>, the publishable key and {email, first_name, last_name} creates the customer: a 2xx answer {\"customer\": {…}} whose email is the registered one.",
	refs: ["seed:register-route", "seed:token-in-header", "facts:A.5"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const created = await createCustomer(ctx, account.email, account.registrationToken);
		ctx.expect.status(created, [200, 201], "POST /store/customers with the registration token");
		const customer = (created.body as { customer?: { email?: unknown } } | undefined)?.customer;
		ctx.expect.that(customer !== undefined, 'expected {"customer": {…}}', { actual: created.text.slice(0, 300), exchange: created.exchange });
		ctx.expect.equal(customer.email, account.email, "customer.email", created.exchange);
	},
});
