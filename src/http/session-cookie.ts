// The `connect.sid` cookie as express-session writes it (observed 06, 06p): `s:` + the session id
// signed like the cookie-signature package (Elysia's signCookie produces the same bytes, STACK.md P8),
// percent-encoded; `Path=/; Expires=…; HttpOnly`, plus `Secure; SameSite=Lax` when served over https.
import { parseCookie } from "cookie";
import { signCookie, unsignCookie } from "elysia/utils";

export const SESSION_COOKIE = "connect.sid";

export const sessionCookieHeader = async (
	sessionId: string,
	expiresAt: number,
	secret: string,
	flags: { secure: boolean; httpOnly: boolean; sameSite: "Lax" | "None" },
): Promise<string> => {
	const value = encodeURIComponent(`s:${await signCookie(sessionId, secret)}`);
	const attributes = `Path=/; Expires=${new Date(expiresAt).toUTCString()}${flags.httpOnly ? "; HttpOnly" : ""}`;
	return `${SESSION_COOKIE}=${value}; ${attributes}${flags.secure ? `; Secure; SameSite=${flags.sameSite}` : ""}`;
};

/** What DELETE /auth/session sends: no Secure or SameSite even over https (observed 06p). */
export const clearedSessionCookieHeader = (): string => `${SESSION_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;

/**
 * The session id in a request's `connect.sid`, or undefined when it is absent, unsigned or forged.
 * `checkSignature: false` exists only for the ignore-cookie-signature defect.
 */
export const readSessionId = async (cookieHeader: string | null, secret: string, checkSignature = true): Promise<string | undefined> => {
	const value = cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
	if (!value?.startsWith("s:")) return undefined;
	if (!checkSignature) {
		const dot = value.lastIndexOf(".");
		return value.slice(2, dot === -1 ? undefined : dot);
	}
	const id = await unsignCookie(value.slice(2), secret);
	return id === false ? undefined : id;
};

/** https as the client sees it: the request's own scheme, or with `--trust-proxy` the first X-Forwarded-Proto. */
export const isSecureRequest = (request: Request, trustProxy: boolean): boolean => {
	if (new URL(request.url).protocol === "https:") return true;
	if (!trustProxy) return false;
	return request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
};
