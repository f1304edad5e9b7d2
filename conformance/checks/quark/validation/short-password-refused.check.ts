import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { newAccount, REGISTER, register } from "../flows.ts";
import { expectFieldError } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/validation/short-password-refused",
	title: "A registration with a password under 8 characters is a 400 naming the Password field, and creates nothing",
	rule: `POST ${REGISTER} with a 7-character password answers 400 with {"errors": {"Password": [messages]}}, and the e-mail stays free: the same registration with a password of 8 characters then answers 200.`,
	refs: ["facts:errors", "seed:register", "seed:400"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = newAccount(ctx);
		expectFieldError(ctx, await register(ctx, { ...account, password: "Pw-4567" }), "Password", `POST ${REGISTER} with a 7-character password`);
		ctx.expect.status(await register(ctx, { ...account, password: "Pw-45678" }), 200, `POST ${REGISTER} again with an 8-character password`);
	},
});
