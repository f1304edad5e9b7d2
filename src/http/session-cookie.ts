// The `connect.sid` cookie as express-session writes it (observed 06, 06p): `s:` + the session id
// signed like the cookie-signature package (Elysia's signCookie produces the same bytes, STACK.md P8),
// percent-encoded; `Path=/; Expires=…; HttpOnly`, plus `Secure; SameSite=Lax` when served over https.
// Signing and checking use node:crypto's HMAC, synchronously: the same bytes as Elysia's
// signCookie/unsignCookie, which import the key through WebCrypto again on every call, and that
// was most of what a cookie request cost (the cookie rows of bench/RESULTS.md).
import { parseCookie } from "cookie";
import { createHmac, timingSafeEqual } from "node:crypto";

export const SESSION_COOKIE = "connect.sid";

/** cookie-signature's `sign`: `value.` + base64 HMAC-SHA-256 of the UTF-8 value, `=` padding stripped. */
export const signValue = (value: string, secret: string): string =>
	`${value}.${createHmac("sha256", secret).update(value, "utf8").digest("base64").replace(/=+$/, "")}`;

/** cookie-signature's `unsign`: the value when `input` is exactly its signed form, else false (compared in constant time). */
export const unsignValue = (input: string, secret: string): string | false => {
	const dot = input.lastIndexOf(".");
	if (dot === -1) return false;
	const value = input.slice(0, dot);
	const expected = Buffer.from(signValue(value, secret), "utf8");
	const given = Buffer.from(input, "utf8");
	return expected.length === given.length && timingSafeEqual(expected, given) ? value : false;
};

export const sessionCookieHeader = async (
	sessionId: string,
	expiresAt: number,
	secret: string,
	flags: { secure: boolean; httpOnly: boolean; sameSite: "Lax" | "None" },
): Promise<string> => {
	const value = encodeURIComponent(`s:${signValue(sessionId, secret)}`);
	const attributes = `Path=/; Expires=${new Date(expiresAt).toUTCString()}${flags.httpOnly ? "; HttpOnly" : ""}`;
	return `${SESSION_COOKIE}=${value}; ${attributes}${flags.secure ? `; Secure; SameSite=${flags.sameSite}` : ""}`;
};

/** What DELETE /auth/session sends: no Secure or SameSite even over https (observed 06p). */
export const clearedSessionCookieHeader = (): string => `${SESSION_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;

/** The session id in a request's `connect.sid`, or undefined when it is absent, unsigned or forged. */
export const readSessionId = async (cookieHeader: string | null, secret: string): Promise<string | undefined> =>
	sessionIdOf(cookieHeader, secret);

/** The signed `s:<id>.<mac>` value of a request's `connect.sid`, as sent, or undefined. */
export const sessionCookieValue = (cookieHeader: string | null): string | undefined => {
	const value = cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
	return value?.startsWith("s:") ? value : undefined;
};

/**
 * Signed values that verified, by secret, with their session id: a browser sends the same cookie on
 * every request, and the HMAC was a fifth of what a cookie request cost (bench/RESULTS.md). Only
 * values that verified are kept, so a forged one costs its HMAC every time; bounded, oldest out first.
 */
const VERIFIED_VALUES_KEPT = 16_384;
const verifiedValues = new Map<string, Map<string, string>>();

const verifiedId = (signed: string, secret: string): string | undefined => {
	let kept = verifiedValues.get(secret);
	const known = kept?.get(signed);
	if (known !== undefined) return known;
	const id = unsignValue(signed, secret);
	if (id === false) return undefined;
	if (!kept) verifiedValues.set(secret, (kept = new Map()));
	if (kept.size >= VERIFIED_VALUES_KEPT) kept.delete(kept.keys().next().value as string);
	kept.set(signed, id);
	return id;
};

/** readSessionId, synchronously (signing is node:crypto's HMAC). */
export const sessionIdOf = (cookieHeader: string | null, secret: string): string | undefined => {
	const value = sessionCookieValue(cookieHeader);
	return value === undefined ? undefined : verifiedId(value.slice(2), secret);
};

/** https as the client sees it: the request's own scheme, or with `--trust-proxy` the first X-Forwarded-Proto. */
export const isSecureRequest = (request: Request, trustProxy: boolean): boolean => {
	if (new URL(request.url).protocol === "https:") return true;
	if (!trustProxy) return false;
	return request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
};
