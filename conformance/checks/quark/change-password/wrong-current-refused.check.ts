import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { CHANGE_PASSWORD, loggedIn } from "../flows.ts";
import { expectClientError, expectLoginRefused, expectLogsIn } from "../login/support.ts";
import { changePassword } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/change-password/wrong-current-refused",
	title: "A password change with a wrong current password is refused and changes nothing",
	rule: `POST ${CHANGE_PASSWORD} (Bearer: the user's access token) with a wrong currentPassword is refused with a 4xx, after which the password still logs in and the refused newPassword does not: a stolen access token alone cannot take the account over.`,
	refs: ["seed:change-password", "seed:login"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { account, session } = await loggedIn(ctx);
		const newPassword = `New-${crypto.randomUUID()}`;
		expectClientError(ctx, await changePassword(ctx, session.accessToken, `${account.password}-wrong`, newPassword), `POST ${CHANGE_PASSWORD} with a wrong currentPassword`);
		await expectLogsIn(ctx, account, "the password");
		await expectLoginRefused(ctx, { email: account.email, password: newPassword }, "the refused newPassword");
	},
});
