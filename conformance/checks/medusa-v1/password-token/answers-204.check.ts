import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer, requestPasswordToken } from "../flows.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-token/answers-204",
	title: "Request Password Reset answers 204 with no body, for known and unknown e-mails alike",
	rule: "POST /store/customers/password-token {email} answers 204 with an empty body both for the e-mail of a customer with an account and for an e-mail nobody registered.",
	refs: ["seed:customer-routes", "observed:11"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { email } = await newCustomer(ctx);
		for (const [what, address] of [["a customer's e-mail", email], ["an unknown e-mail", ctx.uniqueEmail("nobody")]] as const) {
			const reply = await requestPasswordToken(ctx, address);
			ctx.expect.status(reply, 204, `POST /store/customers/password-token with ${what}`);
			ctx.expect.exactBody(reply, "", `POST /store/customers/password-token with ${what}`);
		}
	},
});
