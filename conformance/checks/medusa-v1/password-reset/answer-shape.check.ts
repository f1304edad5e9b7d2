import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerOf, newCustomer, resetPassword, resetTokenFor } from "../flows.ts";
import { expectKeys, PLAIN_CUSTOMER_KEYS } from "../register/support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-reset/answer-shape",
	title: "Reset Password answers 200 with the customer and no relations",
	rule: "POST /store/customers/password-reset {email, token, password} with a live token answers 200 with a body of one key, \"customer\": that customer, keys in order id, created_at, updated_at, deleted_at, email, first_name, last_name, billing_address_id, phone, has_account, metadata (no addresses, no orders).",
	refs: ["observed:12b"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = await resetTokenFor(ctx, customer.email);
		const reply = await resetPassword(ctx, { email: customer.email, token, password: `New-${crypto.randomUUID()}` });
		const found = customerOf(ctx, reply, "POST /store/customers/password-reset");
		ctx.expect.equal(Object.keys(reply.body as object), ["customer"], "the answer's keys", reply.exchange);
		ctx.expect.equal([found.id, found.email, found.has_account], [customer.id, customer.email, true], "the customer reset", reply.exchange);
		expectKeys(ctx, found, PLAIN_CUSTOMER_KEYS, "POST /store/customers/password-reset", reply);
	},
});
