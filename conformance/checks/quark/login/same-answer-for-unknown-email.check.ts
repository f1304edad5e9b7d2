import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { LOGIN, login, registered } from "../flows.ts";
import { expectClientError } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/login/same-answer-for-unknown-email",
	title: "A wrong password and an unknown e-mail get the same login answer",
	rule: `POST ${LOGIN} with a registered user's e-mail and a wrong password, and with an e-mail nobody registered, answer the same 4xx status with the same body: a failed login does not tell which e-mails have accounts.`,
	refs: ["asvs:6.3.8", "seed:login"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { email, password } = await registered(ctx);
		const wrong = await login(ctx, { email, password: `${password}-wrong` });
		const unknown = await login(ctx, { email: ctx.uniqueEmail("nobody"), password: `${password}-wrong` });
		expectClientError(ctx, wrong, `POST ${LOGIN} with a wrong password`);
		ctx.expect.equal([unknown.status, unknown.text], [wrong.status, wrong.text], "the answer for an unknown e-mail, beside the one for a wrong password", unknown.exchange);
	},
});
