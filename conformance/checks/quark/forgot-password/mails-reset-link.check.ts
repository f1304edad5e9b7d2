import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { allowedResetBase } from "../../../profiles/quark/target.ts";
import { eventsFor, FORGOT_PASSWORD, forgotPassword, registered } from "../flows.ts";
import { expectSuccess } from "../login/support.ts";
import { stringsOf, tokenOf } from "./support.ts";

/** `{resetBaseUrl}?token={token}` (seed 003), the token URL-encoded or not. */
const isResetLink = (link: string, base: string, token: string): boolean =>
	link.startsWith(`${base}?token=`) && URL.canParse(link) && new URL(link).searchParams.get("token") === token;

export default defineQuarkCheck({
	id: "quark/forgot-password/mails-reset-link",
	title: "Forgot-password mails a user a reset token in a link on the resetBaseUrl",
	rule: `POST ${FORGOT_PASSWORD} {email: a user's e-mail, resetBaseUrl: the run's allowed base} answers a 2xx, and the outbox then holds an event about the e-mail with a token (data.token) and, in its data, the link {resetBaseUrl}?token={token}.`,
	refs: ["seed:forgot-password"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration", "reset-mail", "reset-base-url"],
	async run(ctx: CheckContext) {
		const base = allowedResetBase(ctx.config) ?? "";
		const { email } = await registered(ctx);
		expectSuccess(ctx, await forgotPassword(ctx, email, base), `POST ${FORGOT_PASSWORD}`);
		const event = (await eventsFor(ctx, email, 1)).findLast((candidate) => tokenOf(candidate) !== undefined);
		ctx.expect.that(event !== undefined, `no outbox event with a reset token for ${email}`);
		const token = tokenOf(event) ?? "";
		ctx.expect.that(stringsOf(event.data).some((link) => isResetLink(link, base, token)), `the event holds no link ${base}?token=<its token>`, { actual: event });
	},
});
