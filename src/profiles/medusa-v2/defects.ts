// Named faults that `gatecheck serve --defect <name>` switches on, one rule broken each, so that
// tests can show every conformance check failing on a server that breaks its rule. Never on by
// default. Each sentence says what an attacker or a client gets from the fault; each defect is an
// override of the policy (policy.ts) or a wrapper of a shared building block (profile.ts).
import { EMAILPASS } from "../../core/emailpass.ts";
import type { Defect } from "../profile.ts";
import { acceptingSigner, acceptsAlgNone, acceptsAnyHmac, acceptsBadSignature, acceptsExpired, anyOriginAllowed, anyPasswordLogsIn, emailpassWith, lockoutAfterFailures, unknownAccountsSkipHashing, unsignedSessionId } from "../defect-wrappers.ts";
import { medusaV2Error } from "./errors.ts";
import type { MedusaV2Policy } from "./policy.ts";

/** Failed logins per e-mail before the login-lockout defect refuses more. */
const LOCKOUT_AFTER = 5;

export const MEDUSA_V2_DEFECTS = {
	"accept-expired-tokens": {
		why: "Expired tokens still authenticate, so a leaked token works forever.",
		wrap: { signer: acceptingSigner(acceptsExpired) },
	},
	"ignore-signature": {
		why: "Token signatures are not checked, so anyone can forge a token for any account.",
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
	"login-accepts-any-password": {
		why: "Any password logs in to an existing account.",
		wrap: { emailpass: anyPasswordLogsIn },
	},
	"login-timing-leak": {
		why: "Unknown e-mails skip password hashing, so login latency tells which accounts exist.",
		// What Medusa 2.21.2 does, answering unknown e-mails without hashing (observed 04i).
		wrap: { hasher: unknownAccountsSkipHashing },
	},
	"login-lockout": {
		why: "Five failed logins lock the account (429), so anyone can lock a customer out; Medusa has no lockout (observed 11).",
		wrap: {
			emailpass: lockoutAfterFailures(LOCKOUT_AFTER, () => medusaV2Error("ERR_TOO_MANY_ATTEMPTS", "Too many failed logins; try again later")),
		},
	},
	"emails-case-insensitive": {
		why: "E-mails are lower-cased, so Medusa's case-sensitive identities (observed 13) merge or vanish.",
		wrap: {
			emailpass: emailpassWith((provider) => ({
				authenticate: (credentials) => provider.authenticate({ ...credentials, email: credentials.email.toLowerCase() }),
				register: (credentials, now) => provider.register({ ...credentials, email: credentials.email.toLowerCase() }, now),
			})),
		},
	},
	"bearer-scheme-case-sensitive": {
		why: 'Only "Bearer" with a capital B works, so clients sending "bearer" (as upstream allows) are refused.',
		policy: { bearerSchemeAnyCase: false },
	},
	"login-reveals-unknown-email": {
		why: "Login answers 404 for unknown e-mails, so anyone can list which accounts exist.",
		wrap: {
			emailpass: emailpassWith((provider, store) => ({
				authenticate: (credentials) =>
					store.findIdentity(EMAILPASS, credentials.email)
						? provider.authenticate(credentials)
						: Promise.reject(medusaV2Error("ERR_NOT_FOUND", `Identity with email ${credentials.email} was not found`)),
			})),
		},
	},
	"register-overwrites-identity": {
		why: "Registering an existing e-mail with another password returns a token for that account.",
		wrap: {
			emailpass: emailpassWith((provider, store) => ({
				register: (credentials, now) => {
					const identity = store.findIdentity(EMAILPASS, credentials.email);
					return identity ? Promise.resolve(identity) : provider.register(credentials, now);
				},
			})),
		},
	},
	"store-customers-refuses-registration": {
		why: "POST /store/customers refuses registration tokens, so no one can sign up.",
		policy: { store: { registrationOpen: false } },
	},
	"registration-token-accepted": {
		why: "A registration token (no customer yet) passes where a customer is required.",
		policy: { store: { meAcceptsRegistrationToken: true } },
	},
	"refresh-returns-same-token": {
		why: "Token refresh hands back the token it was given, with the old iat and exp.",
		policy: { refreshReissues: false },
	},
	"token-lifetime-7d": {
		why: "Tokens live 7 days instead of 1, so a leaked token is useful for a week.",
		policy: { tokenTtlSeconds: 7 * 86_400 },
	},
	"session-survives-logout": {
		why: "DELETE /auth/session leaves the server-side session alive: a stolen cookie outlives logout.",
		policy: { session: { logoutDestroys: false } },
	},
	"session-fixation": {
		why: "A session cookie keeps its id when another account opens a session with it, so whoever planted the cookie is logged in as that account (what Medusa 2.21.2 does, observed 23).",
		policy: { session: { renewsIdForAnotherActor: false } },
	},
	"cookie-without-httponly": {
		why: "The session cookie lacks HttpOnly, so any injected script can read it.",
		policy: { sessionCookie: { httpOnly: false } },
	},
	"cookie-lifetime-24h": {
		why: "Sessions and their cookie last 24 h instead of 10 h.",
		policy: { sessionTtlSeconds: 86_400 },
	},
	"cookie-samesite-none": {
		why: "Over https the session cookie is SameSite=None (Medusa before 2.16), so other sites' requests carry it.",
		policy: { sessionCookie: { sameSite: "None" } },
	},
	"ignore-cookie-signature": {
		why: "The connect.sid signature is not checked, so a guessed or leaked session id works unsigned.",
		policy: { sessionCookie: { sessionId: unsignedSessionId } },
	},
	"session-refuses-registration-token": {
		why: "POST /auth/session refuses registration tokens (Medusa 2.0), so new sign-ups cannot open a session.",
		policy: { session: { acceptsRegistrationToken: false } },
	},
	"no-secret-key-auth": {
		why: "/admin/* ignores secret API keys sent as Authorization: Basic, so integrations cannot log in.",
		policy: { admin: { secretKeys: false } },
	},
	"reset-password-404-unknown": {
		why: "reset-password answers 404 for unknown identifiers, so anyone can list accounts.",
		policy: { reset: { notFoundForUnknown: true } },
	},
	"reset-timing-leak": {
		why: "reset-password waits for the mail to be handed over (25 ms) for known identifiers only, so latency tells which accounts exist.",
		policy: { reset: { mailerWaitMs: 25 } },
	},
	"reset-no-event": {
		why: "reset-password emits no auth.password_reset event, so no one can ever reset a password.",
		policy: { reset: { emitsEvent: false } },
	},
	"reset-token-reusable": {
		why: "A reset token keeps working after it has been used (Medusa before 2.16).",
		policy: { resetTokens: { singleUse: false } },
	},
	"reset-token-older-valid": {
		why: "Older reset tokens stay valid after a newer request (Medusa before 2.16).",
		policy: { resetTokens: { newerVoidsOlder: false } },
	},
	"reset-token-24h": {
		why: "Reset tokens live 24 h instead of 15 min.",
		policy: { resetTokens: { ttlSeconds: 86_400 } },
	},
	"update-trusts-body-email": {
		why: "update without a valid reset token changes the password of the body's e-mail (Medusa 2.0.0's hole).",
		policy: { update: { account: "token-else-body" } },
	},
	"update-does-not-change-password": {
		why: "update answers success but keeps the old password.",
		wrap: { emailpass: emailpassWith(() => ({ setPassword: () => Promise.resolve() })) },
	},
	"update-uses-body-email": {
		why: "A valid reset token changes the password of the body's e-mail, not the token's account: one token takes over any account.",
		policy: { update: { account: "body-over-token" } },
	},
	"update-validates-before-consume": {
		why: "An update without a password leaves the reset token usable, so a token can be probed without spending it.",
		policy: { update: { validatesBeforeConsuming: true } },
	},
	"update-consumes-wrong-actor-token": {
		why: "A reset token sent to another actor's update route is used up, so a wrong link burns the customer's token.",
		policy: { update: { consumesOtherActorsToken: true } },
	},
	"reset-jti-not-checked": {
		why: "Reset tokens are not recorded (Medusa 2.5–2.15): any well-signed reset-shaped token works, again and again.",
		policy: { resetTokens: { stateless: true } },
	},
	"publishable-key-optional": {
		why: "/store/* works without a publishable key.",
		policy: { publishableKey: { required: false } },
	},
	"key-checked-after-auth": {
		why: "/store/* checks the token before the publishable key, so errors differ from upstream.",
		policy: { publishableKey: { checkedFirst: false } },
	},
	"revoked-key-accepted": {
		why: "Revoked publishable keys still open /store/*.",
		policy: { publishableKey: { refusesRevoked: false } },
	},
	"key-not-scoped": {
		why: "A publishable key sees the products of every sales channel, not only its own.",
		policy: { publishableKey: { scopesProducts: false } },
	},
	"customer-token-on-admin": {
		why: "/admin/* accepts customer tokens: any shopper is an admin.",
		policy: { admin: { actorTypes: ["user", "customer"] } },
	},
	"malformed-json-500": {
		why: "Malformed JSON bodies crash the handler with a 500.",
		policy: { bodyErrors: { malformedJson: "500" } },
	},
	"validation-422": {
		why: "Body validation errors come back as Elysia's default 422 instead of Medusa's 400 invalid_data.",
		policy: { bodyErrors: { validation: "422" } },
	},
	"password-hash-in-response": {
		why: "GET /store/customers/me includes the customer's password hash.",
		policy: { store: { meShowsPasswordHash: true } },
	},
	"cors-allow-any-origin": {
		why: "CORS reflects any Origin with credentials, so any site can call the API as the user.",
		wrap: { cors: anyOriginAllowed },
	},
	"oauth-state-unchecked": {
		why: "The third-party callback takes any state or none, so an attacker can log a victim in as the attacker (login CSRF).",
		policy: { thirdParty: { checksState: false } },
	},
	"oauth-state-reusable": {
		why: "A third-party login's state works again after its callback, so a captured callback URL can be replayed with a fresh code.",
		policy: { thirdParty: { state: { singleUse: false } } },
	},
	"oauth-state-unbound": {
		why: "A state answers any provider's and actor type's callback, as upstream's does (observed 35): one flow's state completes another.",
		policy: { thirdParty: { stateBoundToFlow: false } },
	},
	"oauth-short-state": {
		why: "States carry 32 random bits instead of 256, so an attacker can guess a pending one.",
		policy: { thirdParty: { state: { bytes: 4 } } },
	},
	"oauth-code-reusable": {
		why: "The fake provider's codes can be exchanged again, so a leaked callback URL logs anyone in.",
		policy: { thirdParty: { code: { singleUse: false } } },
	},
	"oauth-code-never-expires": {
		why: "The fake provider's codes never expire (RFC 6749 §4.1.2 recommends at most 10 minutes).",
		policy: { thirdParty: { code: { ttlSeconds: 10 * 365 * 86_400 } } },
	},
} satisfies Record<string, Defect<MedusaV2Policy>>;
