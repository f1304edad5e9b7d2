import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount, requestResetToken, updatePassword } from "../flows.ts";
import { expectLogsIn, expectRefusedLogin } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/update-ignores-body-email",
	title: "The reset token, not the body's e-mail, decides the account",
	rule: "POST /auth/customer/emailpass/update with A's reset token and {email: B, password} answers 200 and changes A's password; B's password stays as it was.",
	refs: ["observed:08e", "facts:A.8"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const owner = await registerAccount(ctx, "owner");
		const other = await registerAccount(ctx, "other");
		const token = await requestResetToken(ctx, owner.email);
		const password = `New-${crypto.randomUUID()}`;
		ctx.expect.status(await updatePassword(ctx, token, { email: other.email, password }), 200, "update with A's token and B's e-mail");
		await expectLogsIn(ctx, { email: owner.email, password }, "A with the new password");
		await expectLogsIn(ctx, other, "B with B's own password");
		await expectRefusedLogin(ctx, { email: other.email, password }, "B with the new password");
	},
});
