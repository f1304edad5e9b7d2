import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { allowedResetBase } from "../../../profiles/quark/target.ts";
import { FORGOT_PASSWORD, forgotPassword, registered } from "../flows.ts";

export default defineQuarkCheck({
	id: "quark/forgot-password/same-answer",
	title: "Forgot-password answers the same for an unknown e-mail as for a user's",
	rule: `POST ${FORGOT_PASSWORD} {email, resetBaseUrl} answers with a 2xx, and the same status and body for a registered user's e-mail as for an e-mail nobody registered.`,
	refs: ["seed:forgot-password", "asvs:6.3.8"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const base = allowedResetBase(ctx.config) ?? "https://store.example.com/reset-password";
		const { email } = await registered(ctx);
		const known = await forgotPassword(ctx, email, base);
		const unknown = await forgotPassword(ctx, ctx.uniqueEmail("nobody"), base);
		ctx.expect.that(known.status >= 200 && known.status < 300, `POST ${FORGOT_PASSWORD} for a user's e-mail answered ${known.status}`, { exchange: known.exchange });
		ctx.expect.equal([unknown.status, unknown.text], [known.status, known.text], "the answer for an unknown e-mail, beside the one for a user's", unknown.exchange);
	},
});
