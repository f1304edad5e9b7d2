// A reset token as a user gets one: POST /api/auth/forgot-password with the run's allowed
// resetBaseUrl, then the newest event or mail the request caused that carries a token (kit/mail).
import type { CheckContext } from "../../../kit/context.ts";
import { mailOf } from "../../../kit/mail/reader.ts";
import { allowedResetBase } from "../../../profiles/quark/target.ts";
import { FORGOT_PASSWORD, forgotPassword } from "../flows.ts";
import { tokenOf } from "../forgot-password/support.ts";
import { expectSuccess } from "../login/support.ts";

export interface MailedToken {
	token: string;
	/** When the server sent it, on its clock (epoch ms). */
	at: number;
}

export const mailedResetToken = async (ctx: CheckContext, email: string): Promise<MailedToken> => {
	const { events } = await mailOf(ctx).after({ to: email }, async () => {
		expectSuccess(ctx, await forgotPassword(ctx, email, allowedResetBase(ctx.config) ?? ""), `POST ${FORGOT_PASSWORD}`);
	});
	const event = events.findLast((candidate) => tokenOf(candidate) !== undefined);
	ctx.expect.that(event !== undefined, `no reset token for ${email} in ${mailOf(ctx).describe}`);
	return { token: tokenOf(event) ?? "", at: event.at };
};
