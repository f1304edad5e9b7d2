import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me, newCustomer } from "../flows.ts";
import { customerIn, invalidData, pick, updateMe } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/account/update-refuses-unknown-fields",
	title: "POST /store/customers/me refuses fields it does not update, email among them, and changes nothing",
	rule: "POST /store/customers/me takes a strict body: {email} answers 400 {\"type\":\"invalid_data\",\"message\":\"Invalid request: Unrecognized fields: 'email'\"} and {first_name, role, has_account} answers 400 naming 'role, has_account'; neither changes the customer, whose e-mail, first_name and has_account GET /store/customers/me shows as before (observed 15: email is not updatable, unknown fields).",
	refs: ["observed:15", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const bearer = { bearer: customer.token };

		const email = await updateMe(ctx, bearer, { email: ctx.uniqueEmail("changed") });
		ctx.expect.status(email, 400, "POST /store/customers/me {email}");
		ctx.expect.exactBody(email, invalidData("Invalid request: Unrecognized fields: 'email'"), "POST /store/customers/me {email}");

		const unknown = await updateMe(ctx, bearer, { first_name: "Mallory", role: "admin", has_account: false });
		ctx.expect.status(unknown, 400, "POST /store/customers/me {first_name, role, has_account}");
		ctx.expect.exactBody(unknown, invalidData("Invalid request: Unrecognized fields: 'role, has_account'"), "POST /store/customers/me {first_name, role, has_account}");

		const after = await me(ctx, customer.token);
		ctx.expect.equal(
			pick(customerIn(ctx, after, "GET /store/customers/me after the refused updates"), ["email", "first_name", "has_account"]),
			{ email: customer.email, first_name: "Gate", has_account: true },
			"the customer after the refused updates",
			after.exchange,
		);
	},
});
