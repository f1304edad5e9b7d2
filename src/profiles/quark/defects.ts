// Named faults that `gatecheck serve --profile quark --defect <name>` switches on, one rule broken
// each, so that tests can show every quark check failing on a server that breaks its rule. Never on
// by default. The first six are the ones issue 15 names; the rest break the other rules of seed
// 003, FACTS.md §D and the contracts README's hardening tier.
import type { Defect } from "../profile.ts";
import { acceptingSigner, acceptsAlgNone, acceptsAnyHmac, acceptsBadSignature, acceptsExpired, acceptsWithoutExp, anyPasswordLogsIn, unknownAccountsSkipHashing } from "../defect-wrappers.ts";
import type { QuarkPolicy } from "./policy.ts";

export const QUARK_DEFECTS = {
	"refresh-reuse-accepted": {
		why: "A spent refresh token refreshes again and its family lives on, so a stolen refresh token goes unnoticed beside its owner's.",
		policy: { refreshTokens: { spentRevokesFamily: false } },
	},
	"refresh-not-rotated": {
		why: "A refresh answers the same refresh token, which never wears out, so a stolen one works for its whole lifetime.",
		policy: { refreshTokens: { rotate: false } },
	},
	"forgot-password-enumerates": {
		why: "POST /api/auth/forgot-password answers 404 for an e-mail with no account, telling anyone which accounts exist.",
		policy: { forgotPassword: { sameAnswerForUnknown: false } },
	},
	"foreign-reset-base-mailed": {
		why: "A reset link is mailed to any resetBaseUrl, so an attacker who asks for a victim's reset with their own site as the base receives the victim's live token when the link is opened.",
		policy: { forgotPassword: { allowListedBasesOnly: false } },
	},
	"password-change-keeps-refresh-tokens": {
		why: "A password change or reset leaves the account's refresh tokens working, so a thief keeps access after the owner changes the password.",
		policy: { passwordChangeRevokes: false },
	},
	"audience-not-checked": {
		why: "Access tokens for another audience are accepted, so a token this API issued to another client, or another API's token under the same key, opens the storefront.",
		policy: { accessTokens: { checkAudience: false } },
	},
	"issuer-not-checked": {
		why: "Access tokens from another issuer are accepted, so any service sharing the signing key can mint tokens for this API.",
		policy: { accessTokens: { checkIssuer: false } },
	},
	"reset-token-reusable": {
		why: "A reset token works again after it was used, so anyone who later reads the reset mail can take the account over.",
		policy: { resetTokens: { singleUse: false } },
	},
	"reset-token-lasts-a-day": {
		why: "Reset tokens live 24 hours (ASP.NET Identity's default) instead of one, so an old reset mail still takes the account over.",
		policy: { resetTokens: { ttlSeconds: 86_400 } },
	},
	"no-rate-limit": {
		why: "No request is ever refused with 429, so passwords can be guessed and the API flooded at any speed.",
		policy: { rateLimits: { enforced: false } },
	},
	"429-without-retry-after": {
		why: "429 answers lack Retry-After: 60, so clients cannot tell when to come back and retry at once.",
		policy: { rateLimits: { retryAfter: false } },
	},
	"role-not-checked": {
		why: "A valid token without the Customer role reaches the customer routes, so staff and other non-customer accounts act as customers.",
		policy: { authorization: { checkRole: false } },
	},
	"forbidden-answered-401": {
		why: "A valid token without the Customer role gets 401 instead of 403, so clients refresh or log in again in a loop instead of saying access is denied.",
		policy: { authorization: { lackingRoleStatus: 401 } },
	},
	"short-passwords-accepted": {
		why: "Passwords of a single character are accepted at registration, change and reset (FACTS.md §D: at least 8), so accounts fall to guessing.",
		policy: { passwordMinLength: 1 },
	},
	"accept-expired-tokens": {
		why: "Expired access tokens still authenticate, so a leaked token works forever instead of for an hour.",
		wrap: { signer: acceptingSigner(acceptsExpired) },
	},
	"ignore-signature": {
		why: "Access token signatures are not checked, so anyone can forge a token for any account.",
		wrap: { signer: acceptingSigner(acceptsBadSignature) },
	},
	"accept-alg-none": {
		why: "Unsigned tokens (alg: none) are accepted, so anyone can forge a token for any account.",
		wrap: { signer: acceptingSigner(acceptsAlgNone) },
	},
	"accept-any-hmac-algorithm": {
		why: "HS384/HS512 tokens are accepted besides HS256, opening the door to algorithm substitution.",
		wrap: { signer: acceptingSigner(acceptsAnyHmac) },
	},
	"accept-token-without-exp": {
		why: "An access token without exp is accepted and never expires, so one leaked token is a key for ever.",
		wrap: { signer: acceptingSigner(acceptsWithoutExp) },
	},
	"login-accepts-any-password": {
		why: "Any password logs in to an existing account, and passes as the current one at change-password.",
		wrap: { emailpass: anyPasswordLogsIn },
	},
	"login-timing-leak": {
		why: "Unknown e-mails skip password hashing, so login latency tells which accounts exist.",
		wrap: { hasher: unknownAccountsSkipHashing },
	},
} satisfies Record<string, Defect<QuarkPolicy>>;
