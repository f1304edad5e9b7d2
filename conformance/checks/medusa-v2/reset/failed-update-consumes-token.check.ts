import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { INVALID_TOKEN, registerAccount, requestResetToken, updatePassword } from "../flows.ts";
import { expectLogsIn, expectRefusedLogin } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/failed-update-consumes-token",
	title: "An update without a password uses the token up",
	rule: 'POST /auth/customer/emailpass/update with a valid reset token and a body without password answers 401 {"type":"unauthorized","message":"Unauthorized"} and consumes the token: retrying with a password gets 401 {"type":"unauthorized","message":"Invalid token"} and the password stays unchanged.',
	refs: ["observed:08f"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const token = await requestResetToken(ctx, account.email);
		const failed = await updatePassword(ctx, token, { email: account.email });
		ctx.expect.status(failed, 401, "update without password");
		ctx.expect.json(failed, { type: "unauthorized", message: "Unauthorized" }, "update without password");
		const retry = { email: account.email, password: `Retry-${crypto.randomUUID()}` };
		const again = await updatePassword(ctx, token, retry);
		ctx.expect.status(again, 401, "the same token retried with a password");
		ctx.expect.json(again, INVALID_TOKEN, "the same token retried with a password");
		await expectLogsIn(ctx, account, "the original password");
		await expectRefusedLogin(ctx, retry, "the retried password");
	},
});
