import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount, updatePassword } from "../flows.ts";
import { expectLogsIn, expectRefusedLogin, isSuccess } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/update-requires-valid-token",
	title: "update without a valid reset token changes nothing",
	rule: "POST /auth/customer/emailpass/update with no Authorization header, or with a Bearer value that is not a reset token, answers an error (not 2xx) and leaves the password of the body's e-mail unchanged.",
	refs: ["seed:update-route", "seed:update-bearer", "observed:08c"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const attempt = { email: account.email, password: `Hijack-${crypto.randomUUID()}` };
		for (const [what, bearer] of [
			["no token", undefined],
			["Bearer garbage", "garbage"],
		] as const) {
			const reply = await updatePassword(ctx, bearer, attempt);
			ctx.expect.that(!isSuccess(reply) && reply.status < 500, `update with ${what}: expected a 4xx error, got ${reply.status}`, {
				actual: reply.status,
				exchange: reply.exchange,
			});
		}
		await expectLogsIn(ctx, account, "the original password");
		await expectRefusedLogin(ctx, attempt, "the password sent without a valid token");
	},
});
