// The standards the hardening tier cites, one table for every profile: a profile's references
// spread it beside its own (seed quotes, observed cases, facts, reference choices).
import type { Reference } from "./references.ts";

const standard = (name: string, clause: string, summary: string): Reference => ({ kind: "standard", standard: name, clause, summary });

export const STANDARD_REFS = {
	"asvs:3.3.1": standard("OWASP ASVS 5.0", "V3.3.1", "cookies carry the Secure attribute"),
	"asvs:3.3.2": standard("OWASP ASVS 5.0", "V3.3.2", "session cookies set SameSite according to their purpose"),
	"asvs:3.3.4": standard("OWASP ASVS 5.0", "V3.3.4", "session tokens are not readable by client-side script (HttpOnly)"),
	"asvs:6.3.8": standard("OWASP ASVS 5.0", "V6.3.8", "valid users cannot be deduced from failed authentication or password-reset answers"),
	"asvs:6.3.1": standard("OWASP ASVS 5.0", "V6.3.1", "controls stop credential stuffing and password brute force (throttling, lockout)"),
	"asvs:7.2.4": standard("OWASP ASVS 5.0", "V7.2.4", "a new session token is generated on authentication and the previous one ends"),
	"asvs:7.4.3": standard("OWASP ASVS 5.0", "V7.4.3", "other sessions can be ended after a change of password, reset included"),
	"asvs:7.4.1": standard("OWASP ASVS 5.0", "V7.4.1", "a terminated session can no longer be used"),
	"asvs:9.1.1": standard("OWASP ASVS 5.0", "V9.1.1", "self-contained tokens are validated by their signature or MAC before their contents are accepted"),
	"asvs:9.2.1": standard("OWASP ASVS 5.0", "V9.2.1", "a token is accepted only within its validity time span (exp, nbf)"),
	"asvs:9.1.2": standard("OWASP ASVS 5.0", "V9.1.2", "only allowed algorithms are accepted for self-contained tokens; none is never allowed"),
	"asvs:16.5.1": standard("OWASP ASVS 5.0", "V16.5.1", "an unexpected error answers a generic message: no stack trace, query, path or secret"),
	"asvs:14.2.6": standard("OWASP ASVS 5.0", "V14.2.6", "the application returns only the minimum sensitive data it must: never secrets or password hashes"),
	"owasp-reset:tokens": standard(
		"OWASP Forgot Password Cheat Sheet",
		"URL tokens",
		"a reset token is random, stored securely, single use, and expires after an appropriate (short) period",
	),
	"asvs:2.4.1": standard("OWASP ASVS 5.0", "V2.4.1", "anti-automation controls protect against excessive calls"),
	"ratelimit-headers": standard("IETF draft-ietf-httpapi-ratelimit-headers", "§4–5", "RateLimit-Policy and RateLimit response fields"),
	"rfc6585:4": standard("RFC 6585", "§4", "429 Too Many Requests: the client sent too many requests in a given time; it may say how long to wait in Retry-After"),
	"rfc9110:10.2.3": standard("RFC 9110", "§10.2.3", "Retry-After gives the seconds a client ought to wait before its next request"),
	"rfc7519:4.1.4": standard("RFC 7519", "§4.1.4", "a JWT must not be accepted on or after its exp, allowing at most a few minutes of leeway"),
	"rfc6749:4.1.2": standard("RFC 6749", "§4.1.2", "an authorization code is short-lived (10 minutes at most is recommended) and used once; a second use is refused"),
	"rfc6749:10.10": standard("RFC 6749", "§10.10", "credentials an attacker could guess, the state included, carry at least 128 bits of entropy (160 recommended)"),
	"rfc6749:10.12": standard("RFC 6749", "§10.12", "the state binds the authorization request to the client's session, against CSRF on the redirect URI (login CSRF)"),
	"rfc6750:2.1": standard("RFC 6750", "§2.1", "the bearer token travels in the Authorization header with the Bearer scheme"),
	"rfc6750:3.1": standard("RFC 6750", "§3.1", "an invalid or expired token is refused"),
	"rfc8725:3.1": standard("RFC 8725", "§3.1", "verifiers allow only the algorithms they expect"),
	"rfc8725:2.1": standard("RFC 8725", "§2.1", "alg none and algorithm substitution must be refused"),
} as const satisfies Record<string, Reference>;
