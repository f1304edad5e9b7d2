import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount, requestResetToken, updatePassword } from "../flows.ts";
import { expectLogsIn, expectRefusedLogin, isSuccess } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/update-changes-password",
	title: "update with the reset token changes the password",
	rule: 'POST /auth/customer/emailpass/update with "Authorization: Bearer <reset token from auth.password_reset>" and {email, password} succeeds with {"success": true}; afterwards the new password logs in and the old one gets an error.',
	refs: ["seed:update-route", "seed:update-bearer", "seed:update-body", "seed:update-success", "seed:login-error", "observed:08b"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const token = await requestResetToken(ctx, account.email);
		const changed = { email: account.email, password: `New-${crypto.randomUUID()}` };
		const reply = await updatePassword(ctx, token, changed);
		ctx.expect.that(isSuccess(reply), `update with a fresh reset token: expected success, got ${reply.status}`, {
			actual: reply.status,
			exchange: reply.exchange,
		});
		ctx.expect.equal((reply.body as { success?: unknown } | undefined)?.success, true, "update body's success", reply.exchange);
		await expectLogsIn(ctx, changed, "the new password");
		await expectRefusedLogin(ctx, account, "the old password");
	},
});
