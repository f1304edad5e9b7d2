// The values the medusa-v1 routes read, as Medusa 1.20.11 has them (medusa-v1-observed.md), or as
// the reference chooses where upstream must not be copied (N1–N15; this folder's README). A defect
// (defects.ts) overrides some of them; the routes never ask which defect is on.
import { sessionIdOf } from "../../http/session-cookie.ts";
import type { BasePolicy } from "../profile.ts";

export interface MedusaV1Policy extends BasePolicy {
	/** Lifetime of the admin JWT of POST /admin/auth/token (fact 43); tokenTtlSeconds is the store JWT's. */
	adminTokenTtlSeconds: number;
	sessionCookie: {
		httpOnly: boolean;
		/** Sent over https only, with Secure: Lax, where upstream's production cookie says None (N14). */
		sameSite: "Lax" | "None";
		/** The session id a request's Cookie header carries: express-session's signed `connect.sid` (fact 22). */
		sessionId(cookieHeader: string, secret: string): string | undefined;
	};
	/** DELETE /store/auth and DELETE /admin/auth end the session server-side (facts 25, 45). */
	logoutDestroys: boolean;
	/** A password change ends the customer's other sessions and earlier tokens (N5; credentials.ts). */
	passwordChangeRevokes: boolean;
	/** E-mails are lower-cased on every lookup and write (facts 8, 17, 49; N11). */
	lowerCaseEmails: boolean;
	passwordReset: {
		/** POST /store/customers/password-token answers an unknown e-mail as a known one: 204 (fact 34). */
		sameAnswerForUnknown: boolean;
		/** A bad token is the 401 for every e-mail (N1), where upstream answers 500 when the e-mail has an account. */
		badTokenIs401: boolean;
	};
}

export const MEDUSA_V1_POLICY: MedusaV1Policy = {
	// The store JWT lives 30 days (fact 13); the session cookie 10 hours (fact 18).
	tokenTtlSeconds: 2_592_000,
	adminTokenTtlSeconds: 86_400,
	sessionTtlSeconds: 36_000,
	// A reset token lives 15 minutes (fact 36) and until the password changes, since its key depends on
	// the password hash (fact 39): nothing is stored, so no other token is voided by a newer one.
	resetTokens: { ttlSeconds: 900, singleUse: false, newerVoidsOlder: false, stateless: true },
	sessionCookie: { httpOnly: true, sameSite: "Lax", sessionId: sessionIdOf },
	logoutDestroys: true,
	passwordChangeRevokes: true,
	lowerCaseEmails: true,
	passwordReset: { sameAnswerForUnknown: true, badTokenIs401: true },
};
