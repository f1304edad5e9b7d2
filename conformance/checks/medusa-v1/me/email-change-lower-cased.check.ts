import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerOf, customerToken, newCustomer } from "../flows.ts";
import { expectLogsIn, mixedCase } from "../register/support.ts";
import { updateMe } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/me/email-change-lower-cased",
	title: "An e-mail changed through /me is stored in lower case",
	rule: "POST /store/customers/me {email: <mixed-case address>} answers the customer with the address lower-cased, and Customer Login (JWT) with the lower-cased address and the password succeeds, as after registration.",
	refs: ["choice:N11", "observed:17"],
	tier: "hardening",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const email = ctx.uniqueEmail("renamed");
		const reply = await updateMe(ctx, { email: mixedCase(email) }, { bearer: await customerToken(ctx, customer) });
		ctx.expect.equal(customerOf(ctx, reply, "POST /store/customers/me {email}").email, email, "the stored e-mail", reply.exchange);
		await expectLogsIn(ctx, { email, password: customer.password }, "login with the new e-mail");
	},
});
