// Named faults that `gatecheck serve --profile medusa-v1 --defect <name>` switches on, one rule
// broken each, so that tests can show every medusa-v1 check failing on a server that breaks its
// rule. Never on by default. Several are upstream's own behaviour that the reference does not copy
// (the N-list of medusa-v1-observed.md), so a check of the hardening tier is seen to catch them.
import type { Defect } from "../profile.ts";
import { acceptingSigner, acceptsAlgNone, acceptsAnyHmac, acceptsBadSignature, acceptsExpired, acceptsWithoutExp, anyOriginAllowed, anyPasswordLogsIn, unknownAccountsSkipHashing, unsignedSessionId } from "../defect-wrappers.ts";
import type { MedusaV1Policy } from "./policy.ts";

export const MEDUSA_V1_DEFECTS = {
	"accept-expired-tokens": {
		why: "Expired store and admin JWTs still authenticate, so a leaked token works forever.",
		wrap: { signer: acceptingSigner(acceptsExpired) },
	},
	"ignore-signature": {
		why: "JWT signatures are not checked, so anyone can forge a token for any customer or admin.",
		wrap: { signer: acceptingSigner(acceptsBadSignature) },
	},
	"accept-alg-none": {
		why: "Unsigned tokens (alg: none) are accepted, so anyone can forge a token for any customer or admin.",
		wrap: { signer: acceptingSigner(acceptsAlgNone) },
	},
	"accept-any-hmac-algorithm": {
		why: "HS384/HS512 tokens are accepted besides HS256, opening the door to algorithm substitution.",
		wrap: { signer: acceptingSigner(acceptsAnyHmac) },
	},
	"accept-token-without-exp": {
		why: "A JWT without exp is accepted and never expires (upstream's N6), so one leaked token is a key for ever.",
		wrap: { signer: acceptingSigner(acceptsWithoutExp) },
	},
	"login-accepts-any-password": {
		why: "Any password logs in to an existing customer or admin.",
		wrap: { emailpass: anyPasswordLogsIn },
	},
	"login-timing-leak": {
		why: "Unknown e-mails skip password hashing, so login latency tells which accounts exist (upstream's 04g: 3.1 vs 2.1 ms).",
		wrap: { hasher: unknownAccountsSkipHashing },
	},
	"ignore-cookie-signature": {
		why: "The connect.sid signature is not checked (fact 22), so a guessed or leaked session id works unsigned.",
		policy: { sessionCookie: { sessionId: unsignedSessionId } },
	},
	"session-cookie-not-httponly": {
		why: "connect.sid lacks HttpOnly (fact 18), so any script on the storefront can steal the session.",
		policy: { sessionCookie: { httpOnly: false } },
	},
	"session-lasts-a-day": {
		why: "Sessions and their cookie last 24 hours instead of 10 (fact 18).",
		policy: { sessionTtlSeconds: 86_400 },
	},
	"store-token-lasts-a-day": {
		why: "The store JWT lives 24 hours instead of 30 days (fact 13), so storefronts log customers out early.",
		policy: { tokenTtlSeconds: 86_400 },
	},
	"admin-token-lasts-30-days": {
		why: "The admin JWT lives 30 days instead of 24 hours (fact 43), so a leaked admin token stays useful for a month.",
		policy: { adminTokenTtlSeconds: 2_592_000 },
	},
	"logout-keeps-session": {
		why: "DELETE /store/auth answers OK but the session goes on (facts 25, 45), so a stolen cookie outlives the log-out.",
		policy: { logoutDestroys: false },
	},
	"password-change-keeps-sessions": {
		why: "A password change or reset leaves the customer's other sessions and tokens working (upstream's N5), so a thief keeps access.",
		policy: { passwordChangeRevokes: false },
	},
	"email-case-sensitive": {
		why: "E-mails are compared as typed (facts 8, 17, 49), so a customer who types another letter case cannot log in.",
		policy: { lowerCaseEmails: false },
	},
	"password-token-reveals-accounts": {
		why: "POST /store/customers/password-token answers 404 for an unknown e-mail (fact 34: 204), telling anyone which accounts exist.",
		policy: { passwordReset: { sameAnswerForUnknown: false } },
	},
	"reset-500-for-accounts": {
		why: "A bad reset token gets 500 when the e-mail has an account and 401 when not (upstream's N1), telling accounts apart.",
		policy: { passwordReset: { badTokenIs401: false } },
	},
	"reset-token-lasts-a-day": {
		why: "Reset tokens live 24 hours instead of 15 minutes (fact 36), so an old reset mail still takes over the account.",
		policy: { resetTokens: { ttlSeconds: 86_400 } },
	},
	"cors-allow-any-origin": {
		why: "/store and /admin allow credentials from any origin (fact 47), so any site can act as the logged-in customer or admin.",
		wrap: { cors: anyOriginAllowed },
	},
} satisfies Record<string, Defect<MedusaV1Policy>>;
