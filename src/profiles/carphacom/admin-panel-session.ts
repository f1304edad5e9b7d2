// The admin panel's three cookies (seed 000: "it stores medusa_token (HTTP-only) and a custom
// admin_session (HTTP-only)"; lifetimes and the readable admin_session_expires from FACTS.md §C).
// Upstream stores admin_session as unsigned JSON, so anyone can write their own; the reference signs
// it (contracts README, "No security holes reproduced"): base64url of the session JSON, a dot, and
// HMAC-SHA256 under the cookie secret, made and checked by Elysia's signCookie / unsignCookie (the
// cookie-signature format connect.sid uses too, compared in constant time).
import { parseCookie } from "cookie";
import { signCookie, unsignCookie } from "elysia/utils";

export const ADMIN_SESSION = "admin_session";
export const MEDUSA_TOKEN = "medusa_token";
export const ADMIN_SESSION_EXPIRES = "admin_session_expires";

/** admin_session and admin_session_expires: 30 days (upstream's code; its comment says 7). */
export const PANEL_SESSION_TTL_SECONDS = 30 * 86_400;

/** What admin_session holds: upstream's session fields, plus the expiry the server itself checks. */
export interface PanelSession {
	userId: string;
	email: string;
	firstName: string | null;
	lastName: string | null;
	role: string;
	authenticatedAt: string;
	sessionId: string;
	/** ISO date; upstream trusts the client's admin_session_expires cookie instead. */
	expiresAt: string;
}

export type SessionReading =
	| { ok: true; session: PanelSession }
	| { ok: false; reason: "missing" | "invalid" | "expired" };

export const encodePanelSession = (session: PanelSession, secret: string): Promise<string> =>
	signCookie(Buffer.from(JSON.stringify(session), "utf8").toString("base64url"), secret);

const optionalString = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** The session in a decoded value, or undefined when a field it relies on is missing or mistyped. */
const asSession = (value: unknown): PanelSession | undefined => {
	if (typeof value !== "object" || value === null) return undefined;
	const { userId, email, firstName, lastName, role, authenticatedAt, sessionId, expiresAt } = value as Record<string, unknown>;
	if (typeof userId !== "string" || typeof email !== "string" || typeof role !== "string" || typeof sessionId !== "string") return undefined;
	if (typeof expiresAt !== "string" || Number.isNaN(Date.parse(expiresAt))) return undefined;
	return {
		userId,
		email,
		firstName: optionalString(firstName),
		lastName: optionalString(lastName),
		role,
		authenticatedAt: optionalString(authenticatedAt) ?? "",
		sessionId,
		expiresAt,
	};
};

export const parseJson = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
};

/** What an admin_session cookie holds: its JSON, or undefined when it cannot be trusted. */
export type SessionPayload = (value: string, secret: string) => Promise<unknown>;

/** The session JSON of a signed value, or undefined when the signature does not verify. */
export const signedSessionPayload: SessionPayload = async (value, secret) => {
	const payload = await unsignCookie(value, secret);
	return payload === false ? undefined : parseJson(Buffer.from(payload, "base64url").toString("utf8"));
};

/** The request's admin_session, read by `payload` (checking its signature) and then checked for its expiry at `now`. */
export const readPanelSession = async (
	cookieHeader: string | null,
	secret: string,
	now: number,
	payload: SessionPayload,
): Promise<SessionReading> => {
	const value = readCookie(cookieHeader, ADMIN_SESSION);
	if (value === undefined || value === "") return { ok: false, reason: "missing" };
	const session = asSession(await payload(value, secret));
	if (!session) return { ok: false, reason: "invalid" };
	if (Date.parse(session.expiresAt) <= now) return { ok: false, reason: "expired" };
	return { ok: true, session };
};

export const readCookie = (cookieHeader: string | null, name: string): string | undefined =>
	cookieHeader ? parseCookie(cookieHeader)[name] : undefined;

export interface CookieOptions {
	expiresAt: number;
	maxAgeSeconds: number;
	httpOnly: boolean;
	secure: boolean;
}

/**
 * A Set-Cookie header in the attribute order Next.js writes (upstream's panel): Path, Expires,
 * Max-Age, Secure, HttpOnly, SameSite. Secure only over https (upstream: only in production).
 */
export const setCookieHeader = (name: string, value: string, options: CookieOptions): string =>
	[
		`${name}=${encodeURIComponent(value)}`,
		"Path=/",
		`Expires=${new Date(options.expiresAt).toUTCString()}`,
		`Max-Age=${options.maxAgeSeconds}`,
		...(options.secure ? ["Secure"] : []),
		...(options.httpOnly ? ["HttpOnly"] : []),
		"SameSite=Lax",
	].join("; ");

/** What Next.js's `cookies().delete(name)` sends. */
export const deletedCookieHeader = (name: string): string => `${name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;

/** The three cookies, deleted in upstream's order (logout, and an expired session on GET). */
export const deletedPanelCookies = (): string[] => [ADMIN_SESSION, ADMIN_SESSION_EXPIRES, MEDUSA_TOKEN].map(deletedCookieHeader);
