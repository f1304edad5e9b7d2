// Steps many quark checks share: registering and logging in a user (seed 003), refreshing
// (choice:refresh-route), the protected profile route, and reset tokens read from the control
// outbox. Each step asserts what it relies on, so a broken step fails the check with its own evidence.
import type { CheckContext } from "../../kit/context.ts";
import { mailOf } from "../../kit/mail/reader.ts";
import type { MailEvent } from "../../kit/mail/source.ts";
import type { Reply } from "../../kit/http.ts";

export { decodeClaims, mintToken } from "../../kit/tokens.ts";

export interface Account {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

export interface Session {
	accessToken: string;
	refreshToken: string;
	user: Record<string, unknown>;
}

export const REGISTER = "/api/auth/register";
export const LOGIN = "/api/auth/login";
export const REFRESH = "/api/auth/refresh";
export const CHANGE_PASSWORD = "/api/auth/change-password";
export const FORGOT_PASSWORD = "/api/auth/forgot-password";
export const RESET_PASSWORD = "/api/auth/reset-password";
export const PROFILE = "/api/storefront/profile";

/** A fresh account; the contracts README: a kit always sends firstName and lastName at registration. */
export const newAccount = (ctx: CheckContext, label?: string): Account => ({
	email: ctx.uniqueEmail(label),
	password: `Pw-${crypto.randomUUID()}`,
	firstName: "Gate",
	lastName: "Check",
});

export const register = (ctx: CheckContext, account: Account): Promise<Reply> => ctx.request({ path: REGISTER, json: account, useJar: false });

/** A fresh account, registered: 200 `{"message":"Registration successful"}` (seed 003). */
export const registered = async (ctx: CheckContext, label?: string): Promise<Account> => {
	const account = newAccount(ctx, label);
	const reply = await register(ctx, account);
	ctx.expect.status(reply, 200, `POST ${REGISTER}: status`);
	return account;
};

export const login = (ctx: CheckContext, account: Pick<Account, "email" | "password">): Promise<Reply> =>
	ctx.request({ path: LOGIN, json: { email: account.email, password: account.password }, useJar: false });

/** The tokens and user of a 200 login or refresh answer. */
export const sessionOf = (ctx: CheckContext, reply: Reply, what: string): Session => {
	ctx.expect.status(reply, 200, `${what}: status`);
	const body = (reply.body ?? {}) as Record<string, unknown>;
	const isToken = (value: unknown): value is string => typeof value === "string" && value.length > 0;
	ctx.expect.that(isToken(body.accessToken) && isToken(body.refreshToken), `${what}: expected {"accessToken", "refreshToken", …}`, {
		actual: reply.text.slice(0, 300),
		exchange: reply.exchange,
	});
	return { accessToken: body.accessToken as string, refreshToken: body.refreshToken as string, user: (body.user ?? {}) as Record<string, unknown> };
};

/** A fresh account, registered and logged in. */
export const loggedIn = async (ctx: CheckContext, label?: string): Promise<{ account: Account; session: Session }> => {
	const account = await registered(ctx, label);
	return { account, session: sessionOf(ctx, await login(ctx, account), `POST ${LOGIN}`) };
};

export const refresh = (ctx: CheckContext, refreshToken: string): Promise<Reply> =>
	ctx.request({ path: REFRESH, json: { refreshToken }, useJar: false });

/** GET /api/storefront/profile with `bearer`, or with no Authorization header. */
export const profile = (ctx: CheckContext, bearer?: string): Promise<Reply> => ctx.request({ path: PROFILE, bearer, useJar: false });

export const forgotPassword = (ctx: CheckContext, email: string, resetBaseUrl: string): Promise<Reply> =>
	ctx.request({ path: FORGOT_PASSWORD, json: { email, resetBaseUrl }, useJar: false });

export const resetPassword = (ctx: CheckContext, token: string, newPassword: string): Promise<Reply> =>
	ctx.request({ path: RESET_PASSWORD, json: { token, newPassword }, useJar: false });

/** Every event or mail about `email`, oldest first, read when `due` of them are due (MailReader.expected; reset-mail). */
export const eventsFor = (ctx: CheckContext, email: string, due: number): Promise<MailEvent[]> => mailOf(ctx).expected({ to: email }, due);
