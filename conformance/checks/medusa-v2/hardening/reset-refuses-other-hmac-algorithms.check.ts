import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { login, registerAccount, requestResetToken, updatePassword } from "../flows.ts";
import { resign } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/reset-refuses-other-hmac-algorithms",
	title: "Reset tokens re-signed under HS384/HS512 are refused",
	rule: "POST /auth/customer/emailpass/update refuses (4xx) a live reset token's claims signed with the target's secret under HS384 or HS512, leaves the password unchanged, and the genuine HS256 token still works afterwards.",
	refs: ["rfc8725:3.1", "rfc8725:2.1", "asvs:9.1.2"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "reset-mail", "jwt-secret"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const token = await requestResetToken(ctx, account.email);
		for (const alg of ["HS384", "HS512"]) {
			const attempt = { email: account.email, password: `${alg}-${crypto.randomUUID()}` };
			const reply = await updatePassword(ctx, await resign(ctx, token, alg), attempt);
			const what = `update with the reset token re-signed under ${alg}`;
			ctx.expect.that(reply.status >= 400 && reply.status < 500, `${what}: expected 4xx, got ${reply.status}`, {
				actual: reply.status,
				exchange: reply.exchange,
			});
			ctx.expect.that((await login(ctx, attempt)).status !== 200, `the password sent with an ${alg} reset token logs in`);
		}
		const changed = { email: account.email, password: `Genuine-${crypto.randomUUID()}` };
		ctx.expect.status(await updatePassword(ctx, token, changed), 200, "the genuine HS256 reset token after the refused ones");
	},
});
