import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer, register } from "../flows.ts";

const DUPLICATE = JSON.stringify({
	code: "invalid_request_error",
	type: "duplicate_error",
	message: "A customer with the given email already has an account. Log in instead",
});

export default defineMedusaV1Check({
	id: "medusa-v1/register/duplicate-email",
	title: "Registering an e-mail that has an account is a 422 duplicate_error, in any letter case",
	rule: `POST /store/customers with the e-mail of a customer who has an account, with another password or in another letter case, answers 422 ${DUPLICATE}.`,
	refs: ["observed:02", "observed:error-shapes", "observed:17"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const attempts = [
			["the same e-mail and another password", customer.email],
			["the e-mail in upper case", customer.email.toUpperCase()],
		] as const;
		for (const [what, email] of attempts) {
			const reply = await register(ctx, { email, password: `Other-${crypto.randomUUID()}` });
			ctx.expect.status(reply, 422, `POST /store/customers with ${what}`);
			ctx.expect.exactBody(reply, DUPLICATE, `POST /store/customers with ${what}`);
		}
	},
});
