// The values the medusa-v1 routes read, as Medusa 1.20.11 has them (medusa-v1-observed.md), or as
// the reference chooses where upstream must not be copied (N1–N15; this folder's README).
import { MEDUSA_2_16_RESET_POLICY } from "../../core/reset-tokens.ts";
import type { BasePolicy } from "../profile.ts";

export interface MedusaV1Policy extends BasePolicy {
	/** Lifetime of the admin JWT of POST /admin/auth/token (fact 43); tokenTtlSeconds is the store JWT's. */
	adminTokenTtlSeconds: number;
	sessionCookie: {
		httpOnly: boolean;
		/** Sent over https only, with Secure: Lax, where upstream's production cookie says None (N14). */
		sameSite: "Lax" | "None";
	};
}

export const MEDUSA_V1_POLICY: MedusaV1Policy = {
	// The store JWT lives 30 days (fact 13); the session cookie 10 hours (fact 18).
	tokenTtlSeconds: 2_592_000,
	adminTokenTtlSeconds: 86_400,
	sessionTtlSeconds: 36_000,
	// Not read yet: v1's password-token and password-reset are not served by this profile so far.
	resetTokens: MEDUSA_2_16_RESET_POLICY,
	sessionCookie: { httpOnly: true, sameSite: "Lax" },
};
