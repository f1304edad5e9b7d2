// Steps the session and logout checks share: a cookie login (POST /store/auth) that sends only the
// cookie it is given, the connect.sid Set-Cookie read attribute by attribute as sent, and requests
// that carry nothing but one connect.sid. No step uses the check's jar: upstream sets a cookie on
// every anonymous answer (fact 20), and a check must know which session each request stands for.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import type { Account } from "../flows.ts";

export const SESSION_COOKIE = "connect.sid";
/** express-session's maxAge in Medusa 1.20.11: 10 hours (fact 18). */
export const SESSION_TTL_S = 36_000;

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

const parseSetCookie = (header: string): SetCookie => {
	const [pair = "", ...rest] = header.split(";");
	const eq = pair.indexOf("=");
	const raw = eq < 0 ? "" : pair.slice(eq + 1).trim();
	const attributes = rest.map((part): [string, string] => {
		const at = part.indexOf("=");
		return at < 0 ? [part.trim(), ""] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
	});
	return { header, name: (eq < 0 ? pair : pair.slice(0, eq)).trim(), raw, value: decode(raw), attributes };
};

/** The value of attribute `name` (case-insensitive), "" for a flag, undefined when absent. */
export const attribute = (cookie: SetCookie, name: string): string | undefined =>
	cookie.attributes.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

/** The connect.sid Set-Cookie of a reply, or a failure naming the reply. */
export const sessionCookie = (ctx: CheckContext, reply: Reply, what: string): SetCookie => {
	const cookie = reply.setCookies.map(parseSetCookie).find((candidate) => candidate.name === SESSION_COOKIE);
	ctx.expect.that(cookie !== undefined, `${what}: no ${SESSION_COOKIE} Set-Cookie in the answer`, {
		expected: `Set-Cookie: ${SESSION_COOKIE}=…`,
		actual: reply.setCookies,
		exchange: reply.exchange,
	});
	return cookie;
};

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

/**
 * The target's "now" when `reply` was made: its Date header when it sends one, else the control
 * API's clock, else ours (the check then trusts the two clocks to agree within seconds).
 */
export const targetNow = async (ctx: CheckContext, reply: Reply): Promise<{ ms: number; source: string }> => {
	const date = Date.parse(reply.headers.get("date") ?? "");
	if (!Number.isNaN(date)) return { ms: date, source: "the response's Date header" };
	const controlled = await ctx.control?.now().catch(() => undefined);
	if (controlled !== undefined) return { ms: controlled, source: "the control API's clock" };
	return { ms: Date.now(), source: "the kit's clock (the target sends no Date header)" };
};
