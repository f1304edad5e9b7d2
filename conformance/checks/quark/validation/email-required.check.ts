import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { LOGIN, newAccount, REGISTER } from "../flows.ts";
import { expectFieldError } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/validation/email-required",
	title: "A registration or login without an e-mail is a 400 naming the Email field",
	rule: `POST ${REGISTER} and POST ${LOGIN} with every field but email answer 400 with {"errors": {"Email": [messages]}}: an errors map keyed by the property's name, its value a non-empty array of strings.`,
	refs: ["facts:errors", "seed:400"],
	tier: "contract",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const { email: _, ...withoutEmail } = newAccount(ctx);
		const registration = await ctx.request({ path: REGISTER, json: withoutEmail, useJar: false });
		expectFieldError(ctx, registration, "Email", `POST ${REGISTER} without email`);
		const login = await ctx.request({ path: LOGIN, json: { password: withoutEmail.password }, useJar: false });
		expectFieldError(ctx, login, "Email", `POST ${LOGIN} without email`);
	},
});
