import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { allowedResetBase } from "../../../profiles/quark/target.ts";
import { eventsFor, FORGOT_PASSWORD, forgotPassword, registered } from "../flows.ts";
import { expectSuccess } from "../login/support.ts";

const FOREIGN_ORIGIN = "https://attacker.example";

export default defineQuarkCheck({
	id: "quark/forgot-password/foreign-base-not-mailed",
	title: "A reset link never points to a resetBaseUrl off the allow-list",
	rule: `POST ${FORGOT_PASSWORD} for a user's e-mail with resetBaseUrl ${FOREIGN_ORIGIN}/reset gets the same status and body as with the run's allowed base, and nothing in the outbox about the e-mail mentions ${FOREIGN_ORIGIN}: no live reset token is sent to a page the attacker chose.`,
	refs: ["choice:reset-origins", "seed:forgot-password"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "reset-mail", "reset-base-url"],
	async run(ctx: CheckContext) {
		const { email } = await registered(ctx);
		const allowed = await forgotPassword(ctx, email, allowedResetBase(ctx.config) ?? "");
		expectSuccess(ctx, allowed, `POST ${FORGOT_PASSWORD} with the allowed base`);
		const foreign = await forgotPassword(ctx, email, `${FOREIGN_ORIGIN}/reset`);
		ctx.expect.equal([foreign.status, foreign.text], [allowed.status, allowed.text], "the answer for the foreign base, beside the one for the allowed base", foreign.exchange);
		const leaked = (await eventsFor(ctx, email, 0)).filter((event) => JSON.stringify(event).includes(FOREIGN_ORIGIN));
		ctx.expect.that(leaked.length === 0, `the outbox holds a reset for ${email} that points to ${FOREIGN_ORIGIN}`, { actual: leaked });
	},
});
