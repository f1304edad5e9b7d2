// What the admin-panel and permissions checks share: the panel's routes (FACTS.md §C, under the
// panel's basePath /app), logging in as the run's admin or support user, reading the three cookies
// attribute by attribute as sent, and a client address no other check or run uses.
import type { Credentials } from "../../../kit/config.ts";
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { supportAccount } from "../../../profiles/carphacom/target.ts";
import { attribute, parseSetCookie, type SetCookie } from "../../medusa-v2/session/support.ts";

export { attribute, type SetCookie };

export const PANEL_AUTH = "/app/api/admin/auth";
/** The proxy's path: the seed names no route, so this is the reference's (its README). */
export const PANEL_PROXY = "/app/api/admin/proxy";

export const ADMIN_SESSION = "admin_session";
export const MEDUSA_TOKEN = "medusa_token";
export const ADMIN_SESSION_EXPIRES = "admin_session_expires";
export const PANEL_COOKIES = [ADMIN_SESSION, MEDUSA_TOKEN, ADMIN_SESSION_EXPIRES] as const;

export const ONE_DAY_SECONDS = 86_400;
export const THIRTY_DAYS_SECONDS = 30 * ONE_DAY_SECONDS;

export const PANEL_MESSAGES = {
	loggedIn: "Autentificat cu succes",
	loggedOut: "Deconectat cu succes",
	fieldsRequired: "Email și parolă sunt obligatorii",
	invalidCredentials: "Credențiale invalide",
	sessionInvalid: "Sesiune invalidă",
} as const;

/** Upstream's middleware answer for a protected panel route without a valid session. */
export const NOT_AUTHENTICATED = { error: "Not authenticated", message: PANEL_MESSAGES.sessionInvalid };

export interface PanelRequest {
	/** Send from this client address (needs source-addresses). */
	from?: string;
	/** Keep the answer's cookies in the check's jar (default false: checks pass cookies explicitly). */
	useJar?: boolean;
}

/** POST /app/api/admin/auth with this JSON body; a 429 is reported, never waited out. */
export const postPanelAuth = (ctx: CheckContext, body: unknown, options: PanelRequest = {}): Promise<Reply> =>
	ctx.request({ path: PANEL_AUTH, json: body, from: options.from, useJar: options.useJar ?? false, retryOn429: false });

export const credentialsOf = (ctx: CheckContext, who: "admin" | "support"): Credentials => {
	const credentials = who === "admin" ? ctx.config.admin : supportAccount(ctx.config);
	ctx.expect.that(credentials !== undefined, `this check needs the ${who} user's credentials`);
	return credentials;
};

export interface PanelLogin {
	reply: Reply;
	/** The answer's Set-Cookie headers by cookie name. */
	cookies: Map<string, SetCookie>;
}

export const setCookiesOf = (reply: Reply): Map<string, SetCookie> =>
	new Map(reply.setCookies.map(parseSetCookie).map((cookie) => [cookie.name, cookie]));

/** Logs in on the panel; fails unless it answers 200 with medusa_token and admin_session cookies. */
export const panelLogin = async (ctx: CheckContext, who: "admin" | "support", options: PanelRequest = {}): Promise<PanelLogin> => {
	const reply = await postPanelAuth(ctx, credentialsOf(ctx, who), options);
	ctx.expect.status(reply, 200, `panel login as the ${who} user`);
	const cookies = setCookiesOf(reply);
	for (const name of [MEDUSA_TOKEN, ADMIN_SESSION])
		ctx.expect.that(cookies.has(name), `panel login: no ${name} Set-Cookie in the answer`, {
			expected: `Set-Cookie: ${name}=…`,
			actual: reply.setCookies,
			exchange: reply.exchange,
		});
	return { reply, cookies };
};

/** A Cookie header with these cookies of a login answer, values as sent. */
export const cookieHeader = (cookies: Map<string, SetCookie>, names: readonly string[] = PANEL_COOKIES): string =>
	names.flatMap((name) => {
		const cookie = cookies.get(name);
		return cookie ? [`${name}=${cookie.raw}`] : [];
	}).join("; ");

/** GET /app/api/admin/auth with exactly this Cookie header (or none). */
export const panelStatus = (ctx: CheckContext, cookie?: string): Promise<Reply> =>
	ctx.request({ path: PANEL_AUTH, headers: cookie === undefined ? {} : { cookie }, useJar: false });

/** A request through the panel's proxy to /admin/<rest>, with exactly this Cookie header (or none). */
export const viaProxy = (ctx: CheckContext, rest: string, cookie?: string, json?: unknown): Promise<Reply> =>
	ctx.request({ path: `${PANEL_PROXY}/${rest}`, headers: cookie === undefined ? {} : { cookie }, json, useJar: false });

/**
 * A loopback address in 127.64.0.0–127.127.255.255 picked at random: the lockout checks fail
 * logins on purpose, and from here they lock out no other check, no other run, and none of the
 * marketplace checks' 127.0.0.x addresses.
 */
export const freshSourceAddress = (): string => {
	const [a = 0, b = 0, c = 0] = crypto.getRandomValues(new Uint8Array(3));
	return `127.${64 + (a % 64)}.${b}.${1 + (c % 254)}`;
};

/**
 * The lifetime a Set-Cookie gives its cookie, in seconds: its Max-Age when it has one, else its
 * Expires measured from the answer's Date header (or the kit's clock when there is none).
 */
export const lifetimeSeconds = (cookie: SetCookie, reply: Reply): number | undefined => {
	const maxAge = attribute(cookie, "Max-Age");
	if (maxAge !== undefined) return /^-?\d+$/.test(maxAge) ? Number(maxAge) : undefined;
	const expires = Date.parse(attribute(cookie, "Expires") ?? "");
	if (Number.isNaN(expires)) return undefined;
	const date = Date.parse(reply.headers.get("date") ?? "");
	return Math.round((expires - (Number.isNaN(date) ? Date.now() : date)) / 1000);
};

/** Whether a Set-Cookie deletes its cookie: an empty value, Max-Age ≤ 0, or an Expires in the past. */
export const deletes = (cookie: SetCookie): boolean => {
	const maxAge = attribute(cookie, "Max-Age");
	const expires = Date.parse(attribute(cookie, "Expires") ?? "");
	return cookie.value === "" || (maxAge !== undefined && Number(maxAge) <= 0) || (!Number.isNaN(expires) && expires < Date.now());
};
