// Logging a customer in and out: checking the password, and the cookie session that POST
// /store/auth and registration open and DELETE /store/auth closes (medusa-v1-observed.md facts 7,
// 17–18, 25–26).
import type { Session } from "../../core/sessions.ts";
import type { Customer } from "../../core/store.ts";
import type { Claims } from "../../core/tokens.ts";
import { clearedSessionCookieHeader, isSecureRequest, sessionCookieHeader } from "../../http/session-cookie.ts";
import { currentSession } from "./authenticate.ts";
import { medusaV1Error } from "./errors.ts";
import type { MedusaV1Runtime } from "./runtime.ts";

/** Upstream looks e-mails up lower-cased, and stores them so (facts 8, 17, 49; N11 for /me). */
export const normalEmail = (rt: MedusaV1Runtime, email: string): string => (rt.policy.lowerCaseEmails ? email.toLowerCase() : email);

/**
 * The customer with an account whose e-mail and password these are, or the login 401. A wrong
 * password and an unknown e-mail cost the same argon2 work (contracts README, "No timing enumeration").
 */
export const checkCustomerPassword = async (rt: MedusaV1Runtime, email: string, password: unknown): Promise<Customer> => {
	// A password that is no string passed validation (fact 15) and matches nothing.
	const given = typeof password === "string" ? password : "";
	const identity = await rt.state.emailpass.authenticate({ email: normalEmail(rt, email), password: given });
	const customer = rt.state.store.getCustomer(identity.appMetadata.customer_id ?? "");
	if (!customer?.hasAccount) throw medusaV1Error("ERR_INVALID_CREDENTIALS");
	return customer;
};

const cookieOf = (rt: MedusaV1Runtime, request: Request, session: Session): Promise<string> =>
	sessionCookieHeader(session.id, session.expiresAt, rt.cookieSecret, {
		secure: isSecureRequest(request, rt.trustProxy),
		httpOnly: rt.policy.sessionCookie.httpOnly,
		sameSite: rt.policy.sessionCookie.sameSite,
	});

/**
 * The Set-Cookie of a new session holding `context` besides what the request's session held (an
 * admin login may share it, fact 26). The id is always new and the old session ends: upstream keeps
 * the id a request came with, so a cookie planted before login becomes logged in (N3).
 */
export const openSession = (rt: MedusaV1Runtime, request: Request, context: Claims, now: number): Promise<string> => {
	const previous = currentSession(rt, request, now);
	if (previous) rt.state.sessions.destroy(previous.id);
	return cookieOf(rt, request, rt.state.sessions.create({ ...previous?.authContext, ...context }, now));
};

/**
 * Logs the customer (`customer_id`) or the admin (`user_id`) out of the request's session: the
 * Set-Cookie to send, if any. A session that held only that login ends and its cookie is expired
 * (N15: upstream leaves the cookie); one that also holds the other login goes on without this one,
 * under a new id (fact 26).
 */
export const closeSessionLogin = async (
	rt: MedusaV1Runtime,
	request: Request,
	login: "customer_id" | "user_id",
	now: number,
): Promise<string | undefined> => {
	const session = currentSession(rt, request, now);
	if (!session || !rt.policy.logoutDestroys) return undefined;
	rt.state.sessions.destroy(session.id);
	const rest = Object.fromEntries(Object.entries(session.authContext).filter(([claim]) => claim !== login));
	if (Object.keys(rest).length === 0) return clearedSessionCookieHeader();
	return cookieOf(rt, request, rt.state.sessions.create(rest, now));
};
