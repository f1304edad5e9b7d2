// Steps the session checks share: opening a session from a token, reading the connect.sid
// Set-Cookie attribute by attribute (as sent, not as a cookie library would normalise it), and
// calling /store/customers/me with nothing but a given cookie.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { setCookieNamed, type SetCookie } from "../../../kit/set-cookie.ts";
import { storeHeaders } from "../flows.ts";

export { attribute, parseSetCookie, type SetCookie, targetNow } from "../../../kit/set-cookie.ts";

export const SESSION_COOKIE = "connect.sid";
/** express-session's maxAge in Medusa (36000000 ms, observed 12). */
export const SESSION_TTL_MS = 36_000_000;

/** The connect.sid Set-Cookie of a reply, or a failure naming the reply. */
export const sessionCookieOf = (ctx: CheckContext, reply: Reply, what: string): SetCookie => setCookieNamed(ctx, reply, SESSION_COOKIE, what);

/** POST /auth/session with `bearer`, and with only this connect.sid value (as sent) when given. */
export const postSession = (ctx: CheckContext, bearer?: string, cookieRaw?: string): Promise<Reply> =>
	ctx.request({ method: "POST", path: "/auth/session", bearer, headers: cookieRaw === undefined ? {} : { cookie: cookieHeader(cookieRaw) }, useJar: false });

export interface OpenedSession {
	reply: Reply;
	cookie: SetCookie;
}

/** POST /auth/session with `bearer`; fails unless it answers 200 with a connect.sid cookie. */
export const openSession = async (ctx: CheckContext, bearer: string): Promise<OpenedSession> => {
	const reply = await postSession(ctx, bearer);
	ctx.expect.status(reply, 200, "POST /auth/session with a bearer token");
	return { reply, cookie: sessionCookieOf(ctx, reply, "POST /auth/session") };
};

export const cookieHeader = (raw: string): string => `${SESSION_COOKIE}=${raw}`;

/** GET /store/customers/me with the run's publishable key and only this connect.sid value (as sent). */
export const meWithCookie = (ctx: CheckContext, raw: string): Promise<Reply> =>
	ctx.request({ path: "/store/customers/me", headers: { ...storeHeaders(ctx), cookie: cookieHeader(raw) }, useJar: false });

export const deleteSession = (ctx: CheckContext, raw?: string): Promise<Reply> =>
	ctx.request({ method: "DELETE", path: "/auth/session", headers: raw === undefined ? {} : { cookie: cookieHeader(raw) }, useJar: false });
