import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerOf, newAccount, register } from "../flows.ts";
import { expectLogsIn, mixedCase } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/register/email-lower-cased",
	title: "Registration stores the e-mail in lower case",
	rule: "POST /store/customers with a mixed-case e-mail answers the customer with that e-mail lower-cased, and Customer Login (JWT) with the lower-cased e-mail and the password succeeds.",
	refs: ["observed:17", "observed:01"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = newAccount(ctx);
		const reply = await register(ctx, { ...account, email: mixedCase(account.email) });
		ctx.expect.equal(customerOf(ctx, reply, "POST /store/customers").email, account.email, "the stored e-mail", reply.exchange);
		await expectLogsIn(ctx, account, "login with the lower-cased e-mail");
	},
});
