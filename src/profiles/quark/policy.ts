// The values the quark routes read: what seed 003 and FACTS.md §D state, and the reference choices
// of this folder's README where they are silent. A defect (defects.ts) overrides some of them; the
// routes never ask which defect is on.
import type { RateLimitPolicy } from "../../core/rate-limit.ts";
import type { BasePolicy } from "../profile.ts";

/** appsettings `Jwt:Issuer` and `Jwt:Audience` (FACTS.md §D, configuration reference). */
export const ISSUER = "HeadlessEcommerceApi";
export const AUDIENCE = "HeadlessEcommerceClient";

/** The role the protected storefront routes require (seed 003: "403 … insufficient permissions"). */
export const CUSTOMER_ROLE = "Customer";

export interface QuarkPolicy extends BasePolicy {
	// tokenTtlSeconds: the access token's lifetime (`Jwt:ExpirationMinutes` 60, FACTS.md §D).
	// sessionTtlSeconds: a refresh token's lifetime (reference choice), which `--session-ttl` sets.
	// resetTokens: core's reset tokens (reference choice: single use, the newest only, 1 hour).
	accessTokens: {
		/** `iss` must be ISSUER (ASP.NET's ValidateIssuer). */
		checkIssuer: boolean;
		/** `aud` must be, or contain, AUDIENCE (ValidateAudience). */
		checkAudience: boolean;
	};
	authorization: {
		/** [Authorize(Roles = "Customer")]: a valid token without the role is refused. */
		checkRole: boolean;
		/** The status of that refusal: 403 (seed 003: "Valid token but insufficient permissions"). */
		lackingRoleStatus: 401 | 403;
	};
	refreshTokens: {
		/** A refresh spends the token and answers a new one of the same family. */
		rotate: boolean;
		/** A spent token presented again is refused and revokes its whole family (reuse detection). */
		spentRevokesFamily: boolean;
	};
	/** A password change or reset revokes every refresh token of the account. */
	passwordChangeRevokes: boolean;
	/** At least this many characters (FACTS.md §D: "Password must be at least 8 characters."). */
	passwordMinLength: number;
	forgotPassword: {
		/** An e-mail with no account gets the answer a known one gets (seed 003: "always returns success"). */
		sameAnswerForUnknown: boolean;
		/** A live token is mailed only to a resetBaseUrl whose origin is on the allow-list (contracts README). */
		allowListedBasesOnly: boolean;
	};
	rateLimits: {
		/** Requests are counted and refused over the limits below. */
		enforced: boolean;
		/** 429 answers carry `Retry-After: 60` (FACTS.md §D). */
		retryAfter: boolean;
		/** "fixed 100 req/min (global)": every /api request. */
		global: RateLimitPolicy;
		/** "search 60 req/min": GET /api/storefront/products/search. */
		search: RateLimitPolicy;
		/** "sliding 20 req/10 s (burst)": every /api/auth request. */
		burst: RateLimitPolicy;
	};
}

export const QUARK_POLICY: QuarkPolicy = {
	tokenTtlSeconds: 3_600,
	// Seven days, renewed by every rotation (README: refresh tokens).
	sessionTtlSeconds: 604_800,
	// One hour, where ASP.NET Identity's DataProtectorTokenProvider defaults to a day (README).
	resetTokens: { ttlSeconds: 3_600, singleUse: true, newerVoidsOlder: true, stateless: false },
	accessTokens: { checkIssuer: true, checkAudience: true },
	authorization: { checkRole: true, lackingRoleStatus: 403 },
	refreshTokens: { rotate: true, spentRevokesFamily: true },
	passwordChangeRevokes: true,
	passwordMinLength: 8,
	forgotPassword: { sameAnswerForUnknown: true, allowListedBasesOnly: true },
	rateLimits: {
		enforced: true,
		retryAfter: true,
		global: { limit: 100, windowMs: 60_000 },
		search: { limit: 60, windowMs: 60_000 },
		burst: { limit: 20, windowMs: 10_000 },
	},
};
