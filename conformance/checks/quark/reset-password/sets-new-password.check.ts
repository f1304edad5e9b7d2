import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { registered, RESET_PASSWORD, resetPassword } from "../flows.ts";
import { expectLoginRefused, expectLogsIn, expectSuccess } from "../login/support.ts";
import { mailedResetToken } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/reset-password/sets-new-password",
	title: "A mailed reset token sets a new password",
	rule: `POST ${RESET_PASSWORD} {token: the token forgot-password mailed, newPassword} answers a 2xx, after which the new password logs in and the old one is refused with a 4xx.`,
	refs: ["seed:reset-password", "seed:forgot-password"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "reset-mail", "reset-base-url"],
	async run(ctx: CheckContext) {
		const account = await registered(ctx);
		const { token } = await mailedResetToken(ctx, account.email);
		const newPassword = `Reset-${crypto.randomUUID()}`;
		expectSuccess(ctx, await resetPassword(ctx, token, newPassword), `POST ${RESET_PASSWORD}`);
		await expectLogsIn(ctx, { email: account.email, password: newPassword }, "the new password");
		await expectLoginRefused(ctx, account, "the old password");
	},
});
