import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { INVALID_TOKEN, registerAccount, requestResetToken, updatePassword } from "../flows.ts";
import { expectLogsIn } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/wrong-actor-token-not-consumed",
	title: "A customer reset token is refused on the user route and stays usable",
	rule: 'POST /auth/user/emailpass/update with a customer\'s reset token answers 401 {"type":"unauthorized","message":"Invalid token"} without consuming it: the same token then changes the password on /auth/customer/emailpass/update (200).',
	refs: ["observed:08f", "facts:A.8"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const token = await requestResetToken(ctx, account.email);
		const onUser = await updatePassword(ctx, token, { email: account.email, password: `User-${crypto.randomUUID()}` }, "user");
		ctx.expect.status(onUser, 401, "a customer reset token on /auth/user/emailpass/update");
		ctx.expect.json(onUser, INVALID_TOKEN);
		await expectLogsIn(ctx, account, "the original password after the refused update");
		const changed = { email: account.email, password: `Customer-${crypto.randomUUID()}` };
		ctx.expect.status(await updatePassword(ctx, token, changed), 200, "the same token on /auth/customer/emailpass/update");
		await expectLogsIn(ctx, changed, "the new password");
	},
});
