import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectInvalidData } from "../register/support.ts";
import { PASSWORD_TOKEN } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-token/validation-messages",
	title: "Request Password Reset refuses bad bodies with class-validator's messages",
	rule: 'POST /store/customers/password-token answers 400 {"type":"invalid_data","message":"email must be an email"} for {"email":"not-an-email"} and for {}, and "property extra should not exist" for an unknown field beside a valid e-mail.',
	refs: ["observed:11", "observed:unknown-fields", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const cases: Array<[string, Record<string, unknown>, string]> = [
			["an e-mail that is not one", { email: "not-an-email" }, "email must be an email"],
			["{}", {}, "email must be an email"],
			["an unknown field", { email: ctx.uniqueEmail("nobody"), extra: 1 }, "property extra should not exist"],
		];
		for (const [what, json, message] of cases)
			expectInvalidData(ctx, await ctx.request({ path: PASSWORD_TOKEN, json, useJar: false }), message, `POST ${PASSWORD_TOKEN} with ${what}`);
	},
});
