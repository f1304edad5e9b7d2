import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { registered, RESET_PASSWORD, resetPassword } from "../flows.ts";
import { expectClientError, expectLoginRefused, expectLogsIn, expectSuccess } from "../login/support.ts";
import { mailedResetToken } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/reset-password/token-single-use",
	title: "A reset token works once",
	rule: `Once POST ${RESET_PASSWORD} has set a password with a mailed token, the same token with another newPassword is refused with a 4xx, and the first new password still logs in while the second does not: whoever reads the mail later cannot take the account over.`,
	refs: ["seed:reset-password", "owasp-reset:tokens"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "reset-mail", "reset-base-url"],
	async run(ctx: CheckContext) {
		const account = await registered(ctx);
		const { token } = await mailedResetToken(ctx, account.email);
		const first = { email: account.email, password: `First-${crypto.randomUUID()}` };
		const second = { email: account.email, password: `Second-${crypto.randomUUID()}` };
		expectSuccess(ctx, await resetPassword(ctx, token, first.password), `POST ${RESET_PASSWORD} with the token`);
		expectClientError(ctx, await resetPassword(ctx, token, second.password), `POST ${RESET_PASSWORD} with the same token again`);
		await expectLogsIn(ctx, first, "the password the first reset set");
		await expectLoginRefused(ctx, second, "the password of the refused reset");
	},
});
