// Named faults that `gatecheck serve --defect <name>` switches on, one rule broken each, so that
// tests can show every conformance check failing on a server that breaks its rule. Never on by
// default. Each sentence says what an attacker or a client gets from the fault.

export const DEFECTS = {
	"accept-expired-tokens": "Expired tokens still authenticate, so a leaked token works forever.",
	"ignore-signature": "Token signatures are not checked, so anyone can forge a token for any account.",
	"accept-alg-none": "Unsigned tokens (alg: none) are accepted, so anyone can forge a token for any account.",
	"accept-any-hmac-algorithm": "HS384/HS512 tokens are accepted besides HS256, opening the door to algorithm substitution.",
	"login-accepts-any-password": "Any password logs in to an existing account.",
	"login-timing-leak": "Unknown e-mails skip password hashing, so login latency tells which accounts exist.",
	"login-lockout": "Five failed logins lock the account (429), so anyone can lock a customer out; Medusa has no lockout (observed 11).",
	"emails-case-insensitive": "E-mails are lower-cased, so Medusa's case-sensitive identities (observed 13) merge or vanish.",
	"bearer-scheme-case-sensitive": "Only \"Bearer\" with a capital B works, so clients sending \"bearer\" (as upstream allows) are refused.",
	"login-reveals-unknown-email": "Login answers 404 for unknown e-mails, so anyone can list which accounts exist.",
	"register-overwrites-identity": "Registering an existing e-mail with another password returns a token for that account.",
	"store-customers-refuses-registration": "POST /store/customers refuses registration tokens, so no one can sign up.",
	"registration-token-accepted": "A registration token (no customer yet) passes where a customer is required.",
	"refresh-returns-same-token": "Token refresh hands back the token it was given, with the old iat and exp.",
	"token-lifetime-7d": "Tokens live 7 days instead of 1, so a leaked token is useful for a week.",
	"session-survives-logout": "DELETE /auth/session leaves the server-side session alive: a stolen cookie outlives logout.",
	"cookie-without-httponly": "The session cookie lacks HttpOnly, so any injected script can read it.",
	"cookie-lifetime-24h": "Sessions and their cookie last 24 h instead of 10 h.",
	"cookie-samesite-none": "Over https the session cookie is SameSite=None (Medusa before 2.16), so other sites' requests carry it.",
	"ignore-cookie-signature": "The connect.sid signature is not checked, so a guessed or leaked session id works unsigned.",
	"session-refuses-registration-token": "POST /auth/session refuses registration tokens (Medusa 2.0), so new sign-ups cannot open a session.",
	"no-secret-key-auth": "/admin/* ignores secret API keys sent as Authorization: Basic, so integrations cannot log in.",
	"reset-password-404-unknown": "reset-password answers 404 for unknown identifiers, so anyone can list accounts.",
	"reset-timing-leak": "reset-password waits for the mail to be handed over (25 ms) for known identifiers only, so latency tells which accounts exist.",
	"reset-no-event": "reset-password emits no auth.password_reset event, so no one can ever reset a password.",
	"reset-token-reusable": "A reset token keeps working after it has been used (Medusa before 2.16).",
	"reset-token-older-valid": "Older reset tokens stay valid after a newer request (Medusa before 2.16).",
	"reset-token-24h": "Reset tokens live 24 h instead of 15 min.",
	"update-trusts-body-email": "update without a valid reset token changes the password of the body's e-mail (Medusa 2.0.0's hole).",
	"update-does-not-change-password": "update answers success but keeps the old password.",
	"update-uses-body-email": "A valid reset token changes the password of the body's e-mail, not the token's account: one token takes over any account.",
	"update-validates-before-consume": "An update without a password leaves the reset token usable, so a token can be probed without spending it.",
	"update-consumes-wrong-actor-token": "A reset token sent to another actor's update route is used up, so a wrong link burns the customer's token.",
	"reset-jti-not-checked": "Reset tokens are not recorded (Medusa 2.5–2.15): any well-signed reset-shaped token works, again and again.",
	"publishable-key-optional": "/store/* works without a publishable key.",
	"key-checked-after-auth": "/store/* checks the token before the publishable key, so errors differ from upstream.",
	"revoked-key-accepted": "Revoked publishable keys still open /store/*.",
	"key-not-scoped": "A publishable key sees the products of every sales channel, not only its own.",
	"customer-token-on-admin": "/admin/* accepts customer tokens: any shopper is an admin.",
	"malformed-json-500": "Malformed JSON bodies crash the handler with a 500.",
	"validation-422": "Body validation errors come back as Elysia's default 422 instead of Medusa's 400 invalid_data.",
	"password-hash-in-response": "GET /store/customers/me includes the customer's password hash.",
	"cors-allow-any-origin": "CORS reflects any Origin with credentials, so any site can call the API as the user.",
	// carphacom
	"rate-limit-by-forwarded-for": "The marketplace limiter counts X-Forwarded-For without a trusted proxy, so a spoofed header resets anyone's count.",
	"rate-limit-no-retry-after": "429 answers carry no Retry-After, so clients cannot know when to come back.",
	"rate-limit-off-by-one": "The marketplace limiter lets 61 requests a minute through instead of 60.",
	"rate-limit-never-resets": "A client that hit the marketplace limit stays limited after the minute has passed.",
	"rate-limit-global": "The marketplace limit is shared by every client, so one busy client blocks all the others.",
	"unsigned-admin-session": "The admin panel trusts admin_session without a signature, so anyone can forge an admin session (CarphaCom's hole).",
	"support-can-write": "The read-only support user may change admin data: no 403.",
	"panel-lockout-missing": "The admin panel never locks out an IP after failed logins, so passwords can be guessed at full speed.",
} as const;

export type Defect = keyof typeof DEFECTS;

/** Defects of routes only the carphacom profile has; every other defect applies to medusa-v2 and so to carphacom. */
export const CARPHACOM_ONLY_DEFECTS: ReadonlySet<Defect> = new Set<Defect>([
	"rate-limit-by-forwarded-for",
	"rate-limit-no-retry-after",
	"rate-limit-off-by-one",
	"rate-limit-never-resets",
	"rate-limit-global",
	"unsigned-admin-session",
	"support-can-write",
	"panel-lockout-missing",
]);

/** The profile a defect is proven against: the smallest that has the route it breaks. */
export const defectProfile = (defect: Defect): "medusa-v2" | "carphacom" =>
	CARPHACOM_ONLY_DEFECTS.has(defect) ? "carphacom" : "medusa-v2";

export const isDefect = (name: string): name is Defect => Object.hasOwn(DEFECTS, name);

export const listDefects = (): string =>
	Object.entries(DEFECTS)
		.map(([name, why]) => `${name.padEnd(38)} ${why}`)
		.join("\n");
