// Steps the reset checks share: asking for a reset, reading what the run's reset mail holds for an
// identifier, and telling whether a password currently logs in.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { mailOf } from "../../../kit/mail/reader.ts";
import type { MailEvent } from "../../../kit/mail/source.ts";
import { type Account, login } from "../flows.ts";

export const RESET_EVENT = "auth.password_reset";

export const requestReset = (ctx: CheckContext, identifier: string, actor = "customer"): Promise<Reply> =>
	ctx.request({ path: `/auth/${actor}/emailpass/reset-password`, json: { identifier } });

/** Every auth.password_reset event for `identifier`, oldest first, read when `due` of them are due (MailReader.expected). */
export const resetEvents = (ctx: CheckContext, identifier: string, due: number): Promise<MailEvent[]> =>
	mailOf(ctx).expected({ event: RESET_EVENT, to: identifier }, due);

/** Fails unless `account` logs in (200) with its password. */
export const expectLogsIn = async (ctx: CheckContext, account: Account, what: string): Promise<void> => {
	ctx.expect.status(await login(ctx, account), 200, `${what}: login status`);
};

/** Fails if `account` logs in: the server must answer an error, not a token. */
export const expectRefusedLogin = async (ctx: CheckContext, account: Account, what: string): Promise<void> => {
	const reply = await login(ctx, account);
	ctx.expect.that(reply.status >= 400 && reply.status < 500, `${what}: expected a 4xx error, got ${reply.status}`, {
		actual: reply.status,
		exchange: reply.exchange,
	});
};

export const isSuccess = (reply: Reply): boolean => reply.status >= 200 && reply.status < 300;
