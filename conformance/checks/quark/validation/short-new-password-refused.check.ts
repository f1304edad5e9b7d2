import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { CHANGE_PASSWORD, loggedIn } from "../flows.ts";
import { changePassword } from "../change-password/support.ts";
import { expectLogsIn } from "../login/support.ts";

const SHORT = "Pw-4567";

export default defineQuarkCheck({
	id: "quark/validation/short-new-password-refused",
	title: "A password change to fewer than 8 characters is a 400 and changes nothing",
	rule: `POST ${CHANGE_PASSWORD} with the right currentPassword and a 7-character newPassword answers 400, after which the current password still logs in: the 8-character minimum holds for every password set, not only at registration.`,
	refs: ["facts:errors", "seed:change-password", "seed:400"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { account, session } = await loggedIn(ctx);
		ctx.expect.status(await changePassword(ctx, session.accessToken, account.password, SHORT), 400, `POST ${CHANGE_PASSWORD} with a 7-character newPassword`);
		await expectLogsIn(ctx, account, "the current password");
	},
});
