import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerOf, customerToken, me, newCustomer } from "../flows.ts";
import { expectInvalidData } from "../register/support.ts";
import { updateMe } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/me/unknown-field-refused",
	title: "Update Customer refuses unknown fields and changes nothing",
	rule: 'POST /store/customers/me {first_name, unknown_field} with a store JWT answers 400 {"type":"invalid_data","message":"property unknown_field should not exist"}, and the customer\'s first_name stays as it was.',
	refs: ["observed:unknown-fields", "observed:09i", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const token = await customerToken(ctx, await newCustomer(ctx));
		const reply = await updateMe(ctx, { first_name: "Changed", unknown_field: 1 }, { bearer: token });
		expectInvalidData(ctx, reply, "property unknown_field should not exist", "POST /store/customers/me with an unknown field");
		const after = await me(ctx, { bearer: token });
		ctx.expect.equal(customerOf(ctx, after, "GET /store/customers/me").first_name, "Gate", "first_name after the refused update", after.exchange);
	},
});
