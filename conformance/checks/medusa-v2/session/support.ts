// Steps the session checks share: opening a session from a token, reading the connect.sid
// Set-Cookie attribute by attribute (as sent, not as a cookie library would normalise it), and
// calling /store/customers/me with nothing but a given cookie.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { storeHeaders } from "../flows.ts";

export const SESSION_COOKIE = "connect.sid";
/** express-session's maxAge in Medusa (36000000 ms, observed 12). */
export const SESSION_TTL_MS = 36_000_000;

export interface SetCookie {
	/** The Set-Cookie header as sent. */
	header: string;
	name: string;
	/** The value as sent (percent-encoded), ready to go back in a Cookie header. */
	raw: string;
	/** The value percent-decoded: `s:<id>.<signature>` for express-session. */
	value: string;
	/** Attributes in the order sent; a flag's value is "". */
	attributes: Array<[string, string]>;
}

const decode = (raw: string): string => {
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
};

export const parseSetCookie = (header: string): SetCookie => {
	const [pair = "", ...rest] = header.split(";");
	const eq = pair.indexOf("=");
	const name = (eq < 0 ? pair : pair.slice(0, eq)).trim();
	const raw = eq < 0 ? "" : pair.slice(eq + 1).trim();
	const attributes = rest.map((part): [string, string] => {
		const at = part.indexOf("=");
		return at < 0 ? [part.trim(), ""] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
	});
	return { header, name, raw, value: decode(raw), attributes };
};

/** The value of attribute `name` (case-insensitive), "" for a flag, undefined when absent. */
export const attribute = (cookie: SetCookie, name: string): string | undefined =>
	cookie.attributes.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

/** The connect.sid Set-Cookie of a reply, or a failure naming the reply. */
export const sessionCookieOf = (ctx: CheckContext, reply: Reply, what: string): SetCookie => {
	const cookie = reply.setCookies.map(parseSetCookie).find((candidate) => candidate.name === SESSION_COOKIE);
	ctx.expect.that(cookie !== undefined, `${what}: no ${SESSION_COOKIE} Set-Cookie in the answer`, {
		expected: `Set-Cookie: ${SESSION_COOKIE}=…`,
		actual: reply.setCookies,
		exchange: reply.exchange,
	});
	return cookie;
};

export const postSession = (ctx: CheckContext, bearer?: string): Promise<Reply> =>
	ctx.request({ method: "POST", path: "/auth/session", bearer, useJar: false });

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

/**
 * The target's idea of "now" when `reply` was made: its Date header when it sends one, else the
 * control API's clock, else ours (the check then trusts the two clocks to agree within seconds).
 */
export const targetNow = async (ctx: CheckContext, reply: Reply): Promise<{ ms: number; source: string }> => {
	const date = Date.parse(reply.headers.get("date") ?? "");
	if (!Number.isNaN(date)) return { ms: date, source: "the response's Date header" };
	const controlled = await ctx.control?.now().catch(() => undefined);
	if (controlled !== undefined) return { ms: controlled, source: "the control API's clock" };
	return { ms: Date.now(), source: "the kit's clock (the target sends no Date header)" };
};
