import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount, requestResetToken, updatePassword } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/update-answers-success-exactly",
	title: "A successful update answers 200 {\"success\":true}",
	rule: 'A successful POST /auth/customer/emailpass/update answers status 200, Content-Type "application/json; charset=utf-8" and exactly the bytes {"success":true}.',
	refs: ["observed:08b"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const token = await requestResetToken(ctx, account.email);
		const reply = await updatePassword(ctx, token, { email: account.email, password: `New-${crypto.randomUUID()}` });
		ctx.expect.status(reply, 200);
		ctx.expect.header(reply, "content-type", "application/json; charset=utf-8");
		ctx.expect.exactBody(reply, '{"success":true}');
	},
});
