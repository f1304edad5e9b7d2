// Set-Cookie headers read as sent, attribute by attribute (not as a cookie library would normalise
// them: the order and spelling of attributes are part of what a contract states), and the target's
// own "now" to judge an Expires by.
import type { CheckContext } from "./context.ts";
import type { Reply } from "./http.ts";

export interface SetCookie {
	/** The Set-Cookie header as sent. */
	header: string;
	name: string;
	/** The value as sent (percent-encoded), ready to go back in a Cookie header. */
	raw: string;
	/** The value percent-decoded (`s:<id>.<signature>` for express-session). */
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

/** The Set-Cookie of cookie `name` in a reply, or a failure naming the reply. */
export const setCookieNamed = (ctx: CheckContext, reply: Reply, name: string, what: string): SetCookie => {
	const cookie = reply.setCookies.map(parseSetCookie).find((candidate) => candidate.name === name);
	ctx.expect.that(cookie !== undefined, `${what}: no ${name} Set-Cookie in the answer`, {
		expected: `Set-Cookie: ${name}=…`,
		actual: reply.setCookies,
		exchange: reply.exchange,
	});
	return cookie;
};

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
