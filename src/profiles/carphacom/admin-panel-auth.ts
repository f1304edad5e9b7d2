// The admin panel's login, logout and status (FACTS.md §C; upstream `admin-panel/src/app/api/admin/auth/route.ts`),
// answered in-process: the password is checked by the same emailpass identities as
// POST /auth/user/emailpass, and the JWT put in medusa_token is the one that route would return.
// Statuses, bodies and Romanian messages are upstream's; the lockout's 429 adds Retry-After, as the
// seed's error table asks ("Back off per Retry-After header"), where upstream only says it in words.
import { fieldsOf } from "../../core/body-fields.ts";
import { GatecheckError } from "../../core/errors.ts";
import type { AuthIdentity, User } from "../../core/store.ts";
import { clientIp } from "../../http/client-address.ts";
import { jsonResponse } from "../../http/respond.ts";
import { isSecureRequest } from "../../http/session-cookie.ts";
import type { CarphacomRuntime } from "./runtime.ts";
import { claimsFor } from "../medusa-v2/claims.ts";
import {
	ADMIN_SESSION,
	ADMIN_SESSION_EXPIRES,
	deletedPanelCookies,
	encodePanelSession,
	MEDUSA_TOKEN,
	PANEL_SESSION_TTL_SECONDS,
	type PanelSession,
	readPanelSession,
	setCookieHeader,
} from "./admin-panel-session.ts";

export const MESSAGES = {
	loggedIn: "Autentificat cu succes",
	loggedOut: "Deconectat cu succes",
	fieldsRequired: "Email și parolă sunt obligatorii",
	invalidCredentials: "Credențiale invalide",
	noPanelAccess: "Utilizatorul nu are acces la panoul de administrare",
	roleRefused: "Rolul dvs. nu permite accesul la panoul de administrare",
	notAuthenticated: "Nu sunteți autenticat",
	sessionInvalid: "Sesiune invalidă",
	sessionExpired: "Sesiune expirată",
	tooManyAttempts: (seconds: number): string => `Prea multe încercări. Reîncearcă peste ${seconds} secunde.`,
} as const;

/** Roles that may open the panel (upstream: `role !== 'admin' && role !== 'support'` → 403). */
const PANEL_ROLES = new Set(["admin", "support"]);

const withCookies = (response: Response, cookies: string[]): Response => {
	for (const cookie of cookies) response.headers.append("set-cookie", cookie);
	return response;
};

export const isLogout = (body: unknown): boolean => fieldsOf(body).action === "logout";

/**
 * Who the identity is to the panel. Upstream reads its `admin_users` table, where shop customers
 * are `client`s; here an identity linked to an admin user has that user's role, one linked only to
 * a customer is a `client`, and one linked to neither has no panel account (reference choice).
 */
const panelAccount = (rt: CarphacomRuntime, identity: AuthIdentity): { user?: User; role: string } | undefined => {
	const userId = identity.appMetadata.user_id;
	const user = userId === undefined ? undefined : rt.state.store.getUser(userId);
	if (user) return { user, role: rt.state.slice.roles.get(user.id) ?? "" };
	return identity.appMetadata.customer_id === undefined ? undefined : { role: "client" };
};

/** The identity these credentials open, or undefined for any refusal of the provider (upstream: any non-2xx). */
const verify = async (rt: CarphacomRuntime, email: unknown, password: unknown): Promise<AuthIdentity | undefined> => {
	if (typeof email !== "string" || typeof password !== "string") return undefined;
	try {
		return await rt.state.emailpass.authenticate({ email, password });
	} catch (error) {
		if (error instanceof GatecheckError) return undefined;
		throw error;
	}
};

export const login = async (rt: CarphacomRuntime, request: Request, body: unknown): Promise<Response> => {
	const { lockout } = rt.state.slice;
	const now = rt.clock.now();
	// Upstream keys on X-Forwarded-For or X-Real-IP whoever sends it; here the socket, or the proxy's
	// X-Forwarded-For only with --trust-proxy, so a client cannot reset its own count.
	const client = clientIp(request, rt.socketAddress, rt.trustProxy) ?? "unknown";
	const limited = rt.policy.panel.lockout;
	const wait = limited ? lockout.retryAfterSeconds(client, now) : 0;
	if (wait > 0) return jsonResponse(429, { message: MESSAGES.tooManyAttempts(wait) }, { "retry-after": String(wait) });
	const { email, password } = fieldsOf(body);
	if (!email || !password) return jsonResponse(400, { message: MESSAGES.fieldsRequired });
	if (limited) lockout.recordFailure(client, now);
	const identity = await verify(rt, email, password);
	if (!identity) return jsonResponse(401, { message: MESSAGES.invalidCredentials });
	lockout.clear(client);

	const account = panelAccount(rt, identity);
	if (!account) return jsonResponse(401, { message: MESSAGES.noPanelAccess });
	if (!account.user || !PANEL_ROLES.has(account.role)) return jsonResponse(403, { message: MESSAGES.roleRefused });
	const { user, role } = account;

	const token = await rt.signer.sign(claimsFor(identity, "user"), { now, ttlSeconds: rt.policy.tokenTtlSeconds });
	const expiresAt = now + PANEL_SESSION_TTL_SECONDS * 1000;
	const sessionExpires = new Date(expiresAt).toISOString();
	const session: PanelSession = {
		userId: user.id,
		email: user.email,
		firstName: user.firstName,
		lastName: user.lastName,
		role,
		authenticatedAt: new Date(now).toISOString(),
		sessionId: `sess_${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`,
		expiresAt: sessionExpires,
	};
	const secure = isSecureRequest(request, rt.trustProxy);
	const month = { expiresAt, maxAgeSeconds: PANEL_SESSION_TTL_SECONDS, secure };
	const answer = jsonResponse(200, {
		success: true,
		message: MESSAGES.loggedIn,
		user: { id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName, role },
		sessionExpires,
	});
	// Upstream's order: admin_session, medusa_token (the token's lifetime), admin_session_expires (readable by scripts).
	return withCookies(answer, [
		setCookieHeader(ADMIN_SESSION, await encodePanelSession(session, rt.cookieSecret), { ...month, httpOnly: true }),
		setCookieHeader(MEDUSA_TOKEN, token, {
			expiresAt: now + rt.policy.tokenTtlSeconds * 1000,
			maxAgeSeconds: rt.policy.tokenTtlSeconds,
			httpOnly: true,
			secure,
		}),
		setCookieHeader(ADMIN_SESSION_EXPIRES, sessionExpires, { ...month, httpOnly: false }),
	]);
};

/** Logout deletes the three cookies whatever the session; the signed cookie is stateless, as upstream's is. */
export const logout = (): Response =>
	withCookies(jsonResponse(200, { success: true, message: MESSAGES.loggedOut }), deletedPanelCookies());

export const status = async (rt: CarphacomRuntime, request: Request): Promise<Response> => {
	const reading = await readPanelSession(
		request.headers.get("cookie"),
		rt.cookieSecret,
		rt.clock.now(),
		rt.policy.panel.sessionPayload,
	);
	if (reading.ok) {
		const { expiresAt, ...user } = reading.session;
		return jsonResponse(200, { authenticated: true, user, sessionExpires: expiresAt });
	}
	if (reading.reason === "missing") return jsonResponse(401, { authenticated: false, message: MESSAGES.notAuthenticated });
	if (reading.reason === "invalid") return jsonResponse(401, { authenticated: false, message: MESSAGES.sessionInvalid });
	// Upstream deletes the cookies of an expired session.
	return withCookies(jsonResponse(401, { authenticated: false, message: MESSAGES.sessionExpired }), deletedPanelCookies());
};
