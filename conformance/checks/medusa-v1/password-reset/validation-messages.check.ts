import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { resetPassword } from "../flows.ts";
import { expectInvalidData } from "../register/support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-reset/validation-messages",
	title: "Reset Password refuses incomplete bodies with class-validator's messages",
	rule: 'POST /store/customers/password-reset answers 400 {"type":"invalid_data","message":…} with "token must be a string" when the token is missing, "password must be a string" when the password is missing, and "email must be an email" when the e-mail is missing.',
	refs: ["observed:12a", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const email = ctx.uniqueEmail("nobody");
		const password = `Pw-${crypto.randomUUID()}`;
		const cases: Array<[string, Record<string, unknown>, string]> = [
			["no token", { email, password }, "token must be a string"],
			["no password", { email, token: "garbage" }, "password must be a string"],
			["no e-mail", { token: "garbage", password }, "email must be an email"],
		];
		for (const [what, body, message] of cases)
			expectInvalidData(ctx, await resetPassword(ctx, body), message, `POST /store/customers/password-reset with ${what}`);
	},
});
