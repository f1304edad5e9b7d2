import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { login, registerAccount } from "../flows.ts";
import { expectIndistinguishable } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/login-does-not-reveal-accounts",
	title: "Failed logins do not tell whether the account exists",
	rule: "POST /auth/customer/emailpass with a wrong password for an existing e-mail and with any password for an unknown e-mail give the same status, the same Content-Type and byte-identical bodies.",
	refs: ["asvs:6.3.8", "observed:04"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const password = `Wrong-${crypto.randomUUID()}`;
		const wrongPassword = await login(ctx, { email: account.email, password });
		const unknownEmail = await login(ctx, { email: ctx.uniqueEmail("nobody"), password });
		ctx.expect.that(wrongPassword.status >= 400, `a wrong password logged in (${wrongPassword.status})`, { exchange: wrongPassword.exchange });
		expectIndistinguishable(ctx, wrongPassword, unknownEmail, "wrong password for an existing e-mail", "unknown e-mail");
	},
});
