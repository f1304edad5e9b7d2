import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { CHANGE_PASSWORD, loggedIn } from "../flows.ts";
import { expectLoginRefused, expectLogsIn, expectSuccess } from "../login/support.ts";
import { changePassword } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/change-password/sets-new-password",
	title: "A password change with the right current password replaces the password",
	rule: `POST ${CHANGE_PASSWORD} (Bearer: the user's access token) {currentPassword: the password, newPassword} answers a 2xx, after which the new password logs in and the old one is refused with a 4xx.`,
	refs: ["seed:change-password", "seed:login"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { account, session } = await loggedIn(ctx);
		const newPassword = `New-${crypto.randomUUID()}`;
		expectSuccess(ctx, await changePassword(ctx, session.accessToken, account.password, newPassword), `POST ${CHANGE_PASSWORD}`);
		await expectLogsIn(ctx, { email: account.email, password: newPassword }, "the new password");
		await expectLoginRefused(ctx, account, "the old password");
	},
});
