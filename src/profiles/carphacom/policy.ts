// The values the carphacom routes read: everything of medusa-v2's policy ("CarphaCom … is a Medusa
// v2 shop", contracts README), plus the marketplace limiter, the support role and the admin panel.
import type { RateLimitPolicy } from "../../core/rate-limit.ts";
import { MEDUSA_V2_POLICY, type MedusaV2Policy } from "../medusa-v2/policy.ts";
import { type SessionPayload, signedSessionPayload } from "./admin-panel-session.ts";

/** "60 requests/minute" per IP (seed 000): what the marketplace answers advertise. */
export const MARKETPLACE_LIMIT: RateLimitPolicy = { limit: 60, windowMs: 60_000 };

export interface CarphacomPolicy extends MedusaV2Policy {
	marketplace: {
		/** What the limiter lets through: the advertised limit. */
		counted: RateLimitPolicy;
		/** Each client has its own count, not one count for everyone. */
		perClient: boolean;
		/** X-Forwarded-For counts only behind a trusted proxy (--trust-proxy). */
		forwardedForOnlyBehindProxy: boolean;
		/** 429 answers say when to come back (seed 000: "Back off per Retry-After header"). */
		retryAfter: boolean;
		/** Requests leave the window as it moves, so a limited client recovers. */
		windowMoves: boolean;
	};
	/** The read-only support role may not change admin data (reference choice: permissions.ts). */
	supportMayWrite: boolean;
	panel: {
		/** Failed panel logins lock the client out (FACTS.md §C). */
		lockout: boolean;
		/** How admin_session is read: signed, where upstream trusts plain JSON (contracts README). */
		sessionPayload: SessionPayload;
	};
}

export const CARPHACOM_POLICY: CarphacomPolicy = {
	...MEDUSA_V2_POLICY,
	marketplace: { counted: MARKETPLACE_LIMIT, perClient: true, forwardedForOnlyBehindProxy: true, retryAfter: true, windowMoves: true },
	supportMayWrite: false,
	panel: { lockout: true, sessionPayload: signedSessionPayload },
};
