import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { INVALID_TOKEN, registerAccount, requestResetToken, updatePassword } from "../flows.ts";
import { expectLogsIn } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/update-is-single-use",
	title: "A reset token works once",
	rule: 'A reset token that has changed the password once is refused the second time with 401 {"type":"unauthorized","message":"Invalid token"}, and the password stays the one the first use set.',
	refs: ["observed:08b", "facts:A.8"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const token = await requestResetToken(ctx, account.email);
		const first = { email: account.email, password: `First-${crypto.randomUUID()}` };
		ctx.expect.status(await updatePassword(ctx, token, first), 200, "first use");
		const again = await updatePassword(ctx, token, { email: account.email, password: `Second-${crypto.randomUUID()}` });
		ctx.expect.status(again, 401, "second use");
		ctx.expect.json(again, INVALID_TOKEN);
		await expectLogsIn(ctx, first, "the password the first use set");
	},
});
