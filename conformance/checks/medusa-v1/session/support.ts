// Steps the session and logout checks share: a cookie login (POST /store/auth) that sends only the
// cookie it is given, the connect.sid Set-Cookie read attribute by attribute as sent, and requests
// that carry nothing but one connect.sid. No step uses the check's jar: upstream sets a cookie on
// every anonymous answer (fact 20), and a check must know which session each request stands for.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { setCookieNamed, type SetCookie } from "../../../kit/set-cookie.ts";
import type { Account } from "../flows.ts";

export { attribute, type SetCookie, targetNow } from "../../../kit/set-cookie.ts";

export const SESSION_COOKIE = "connect.sid";
/** express-session's maxAge in Medusa 1.20.11: 10 hours (fact 18). */
export const SESSION_TTL_S = 36_000;

/** The connect.sid Set-Cookie of a reply, or a failure naming the reply. */
export const sessionCookie = (ctx: CheckContext, reply: Reply, what: string): SetCookie => setCookieNamed(ctx, reply, SESSION_COOKIE, what);

/** `s:<id>.<signature>` split, or a failure. */
export const signedParts = (ctx: CheckContext, cookie: SetCookie): { id: string; signature: string } => {
	const match = /^s:(.+)\.([^.]+)$/.exec(cookie.value);
	ctx.expect.that(match !== null, `${SESSION_COOKIE} is not of the form s:<id>.<signature>`, { actual: cookie.header });
	return { id: match[1] ?? "", signature: match[2] ?? "" };
};

/** A Cookie header carrying only this connect.sid value (as sent). */
export const withCookie = (raw: string): { headers: Record<string, string> } => ({ headers: { cookie: `${SESSION_COOKIE}=${raw}` } });

/** POST /store/auth (Customer Login) with `account`, sending `raw` as the only cookie when given. */
export const sessionLogin = (ctx: CheckContext, account: Account, raw?: string): Promise<Reply> =>
	ctx.request({ path: "/store/auth", json: { email: account.email, password: account.password }, useJar: false, ...(raw === undefined ? {} : withCookie(raw)) });

export interface OpenedSession {
	reply: Reply;
	cookie: SetCookie;
}

/** A cookie login that must answer 200 with a connect.sid. */
export const openSession = async (ctx: CheckContext, account: Account, raw?: string): Promise<OpenedSession> => {
	const reply = await sessionLogin(ctx, account, raw);
	ctx.expect.status(reply, 200, "POST /store/auth: status");
	return { reply, cookie: sessionCookie(ctx, reply, "POST /store/auth") };
};

/** DELETE /store/auth (Customer Log out), with this connect.sid or nothing. */
export const logout = (ctx: CheckContext, raw?: string): Promise<Reply> =>
	ctx.request({ method: "DELETE", path: "/store/auth", useJar: false, ...(raw === undefined ? {} : withCookie(raw)) });
