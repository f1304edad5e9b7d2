// A reset token as a user gets one: POST /api/auth/forgot-password with the run's allowed
// resetBaseUrl, then the newest outbox event about the e-mail that carries a token (CONTROL.md).
import type { CheckContext } from "../../../kit/context.ts";
import { mailOf } from "../../../kit/mail/reader.ts";
import { allowedResetBase } from "../../../profiles/quark/target.ts";
import { eventsFor, FORGOT_PASSWORD, forgotPassword } from "../flows.ts";
import { tokenOf } from "../forgot-password/support.ts";
import { expectSuccess } from "../login/support.ts";

export interface MailedToken {
	token: string;
	/** When the server sent it, on its clock (epoch ms). */
	at: number;
}

export const mailedResetToken = async (ctx: CheckContext, email: string): Promise<MailedToken> => {
	const before = (await mailOf(ctx).now({ to: email })).length;
	expectSuccess(ctx, await forgotPassword(ctx, email, allowedResetBase(ctx.config) ?? ""), `POST ${FORGOT_PASSWORD}`);
	const event = (await eventsFor(ctx, email, before + 1)).slice(before).findLast((candidate) => tokenOf(candidate) !== undefined);
	ctx.expect.that(event !== undefined, `no reset token for ${email} in ${mailOf(ctx).describe}`);
	return { token: tokenOf(event) ?? "", at: event.at };
};
