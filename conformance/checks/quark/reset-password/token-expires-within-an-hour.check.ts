import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { registered, RESET_PASSWORD, resetPassword } from "../flows.ts";
import { expectClientError, expectLogsIn } from "../login/support.ts";
import { mailedResetToken } from "./support.ts";

/** The longest a reset token may live: the reference's hour (OWASP asks for short; Identity's default day is too long). */
const LIFETIME_MS = 60 * 60 * 1000;
/** Leeway past the hour, for a token dated in whole seconds. */
const PAST_MS = 60 * 1000;

export default defineQuarkCheck({
	id: "quark/reset-password/token-expires-within-an-hour",
	title: "A reset token is refused an hour after it was mailed",
	rule: `Once the server's clock is 1 hour and 1 minute past the outbox event that mailed a reset token, POST ${RESET_PASSWORD} with it is refused with a 4xx and the old password still logs in: a reset mail found later is of no use.`,
	refs: ["seed:reset-password", "owasp-reset:tokens", "asvs:9.2.1"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "reset-mail", "control-clock", "reset-base-url"],
	async run(ctx: CheckContext) {
		const account = await registered(ctx);
		const { token, at } = await mailedResetToken(ctx, account.email);
		const control = ctx.control;
		ctx.expect.that(control !== undefined, "this check needs the control clock");
		await control.setTo(at + LIFETIME_MS + PAST_MS);
		expectClientError(ctx, await resetPassword(ctx, token, `Late-${crypto.randomUUID()}`), `POST ${RESET_PASSWORD} with a token mailed 61 minutes ago`);
		await expectLogsIn(ctx, account, "the old password");
	},
});
