import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { INVALID_TOKEN, login, registerAccount, tokenOf, updatePassword } from "../flows.ts";
import { expectLogsIn } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/update-refuses-login-token",
	title: "A login token is not a reset token",
	rule: 'POST /auth/customer/emailpass/update with "Authorization: Bearer <the account\'s own login token>" answers 401 {"type":"unauthorized","message":"Invalid token"} and leaves the password unchanged.',
	refs: ["observed:08b", "facts:A.8", "seed:update-bearer"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const loginToken = tokenOf(ctx, await login(ctx, account), "login");
		const reply = await updatePassword(ctx, loginToken, { email: account.email, password: `New-${crypto.randomUUID()}` });
		ctx.expect.status(reply, 401, "update with a login token");
		ctx.expect.json(reply, INVALID_TOKEN);
		await expectLogsIn(ctx, account, "the original password");
	},
});
