import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { allowedResetBase } from "../../../profiles/quark/target.ts";
import { eventsFor, FORGOT_PASSWORD, forgotPassword } from "../flows.ts";
import { expectSuccess } from "../login/support.ts";
import { tokenOf } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/forgot-password/no-token-for-unknown",
	title: "Forgot-password for an unknown e-mail answers success and mails no token",
	rule: `POST ${FORGOT_PASSWORD} with an e-mail nobody registered answers a 2xx, and the outbox then holds no event about that e-mail carrying a reset token: the mail goes out "if the email exists".`,
	refs: ["seed:forgot-password"],
	tier: "contract",
	severity: "security",
	requires: ["reset-mail"],
	async run(ctx: CheckContext) {
		const email = ctx.uniqueEmail("nobody");
		expectSuccess(ctx, await forgotPassword(ctx, email, allowedResetBase(ctx.config) ?? "https://store.example.com/reset-password"), `POST ${FORGOT_PASSWORD} for an unknown e-mail`);
		const tokens = (await eventsFor(ctx, email, 0)).filter((event) => tokenOf(event) !== undefined);
		ctx.expect.that(tokens.length === 0, `the outbox holds a reset token for ${email}, an e-mail nobody registered`, { actual: tokens });
	},
});
