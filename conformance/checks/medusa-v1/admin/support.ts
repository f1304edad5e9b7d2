// What the medusa-v1 admin checks share (facts 42–46): the admin's two logins, GET /admin/auth with
// chosen credentials, and a session cookie sent back by hand. Every request goes without the jar:
// upstream sets a cookie on every anonymous answer (fact 20), and a check must send only the
// credentials it means to.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { adminAccount, sessionCookieOf } from "../flows.ts";

/** The keys of `user`, in upstream's order (transcript 14a). */
export const USER_KEYS = ["id", "created_at", "updated_at", "deleted_at", "role", "email", "first_name", "last_name", "api_token", "metadata"];

/** POST /admin/auth (the cookie login) with the admin's credentials. */
export const adminSessionLogin = (ctx: CheckContext): Promise<Reply> => {
	const { email, password } = adminAccount(ctx);
	return ctx.request({ path: "/admin/auth", json: { email, password }, useJar: false });
};

/** The `user` object of a 200 `{user}` answer. */
export const userOf = (ctx: CheckContext, reply: Reply, what: string): Record<string, unknown> => {
	ctx.expect.status(reply, 200, `${what}: status`);
	const user = (reply.body as { user?: unknown } | undefined)?.user;
	ctx.expect.that(typeof user === "object" && user !== null && typeof (user as { id?: unknown }).id === "string", `${what}: expected {"user": {"id": …}}`, {
		actual: reply.text.slice(0, 200),
		exchange: reply.exchange,
	});
	return user as Record<string, unknown>;
};

/** The `connect.sid=<value>` pair of the answer's Set-Cookie, to send back as a Cookie header. */
export const sessionCookiePair = (ctx: CheckContext, reply: Reply, what: string): string => {
	const header = sessionCookieOf(reply);
	ctx.expect.that(header !== undefined, `${what}: expected a connect.sid Set-Cookie`, { actual: reply.setCookies, exchange: reply.exchange });
	return header.split(";")[0] as string;
};

/** The admin's session cookie, from a successful POST /admin/auth. */
export const adminSessionCookie = async (ctx: CheckContext): Promise<string> => {
	const reply = await adminSessionLogin(ctx);
	userOf(ctx, reply, "POST /admin/auth");
	return sessionCookiePair(ctx, reply, "POST /admin/auth");
};

export interface Sent {
	bearer?: string;
	/** A `connect.sid=<value>` pair. */
	cookie?: string;
}

/** A request with exactly these credentials (no jar). */
export const sendWith = (ctx: CheckContext, method: string, path: string, sent: Sent): Promise<Reply> =>
	ctx.request({ method, path, bearer: sent.bearer, headers: sent.cookie === undefined ? {} : { cookie: sent.cookie }, useJar: false });
