import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { register } from "../flows.ts";
import { expectInvalidData } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/register/empty-password-refused",
	title: "Registration refuses an empty password",
	rule: 'POST /store/customers with "password": "" answers 400 {"type":"invalid_data","message":"password should not be empty"}, as the login routes do, instead of creating a passwordless customer and logging the session in as it.',
	refs: ["choice:N10", "observed:03", "observed:04d"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const reply = await register(ctx, { email: ctx.uniqueEmail(), password: "" });
		expectInvalidData(ctx, reply, "password should not be empty", 'POST /store/customers with "password": ""');
	},
});
