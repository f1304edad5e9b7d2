// The medusa-v2 contract's references: the seed document (Medusa's "Authentication routes" page,
// v2.6) quoted word for word, the cases recorded from a real Medusa 2.21.2, upstream source facts,
// and the standards the hardening tier cites (the kit's shared table). Checks name these keys in `refs`.
import type { Capability } from "../../kit/capabilities.ts";
import { checkDefinerFor } from "../../kit/define-check.ts";
import type { MedusaV2Capability } from "./capabilities.ts";
import type { Reference } from "../../kit/references.ts";
import { STANDARD_REFS } from "../../kit/standards.ts";

const SEED = "Medusa docs, Authentication routes (seed 002)";
const seed = (quote: string): Reference => ({ kind: "seed", document: SEED, quote });
const observed = (caseId: string, summary: string): Reference => ({ kind: "observed", upstream: "Medusa 2.21.2", case: caseId, summary });
const facts = (section: string, summary: string): Reference => ({ kind: "facts", section, summary });

export const MEDUSA_V2_REFS = {
	"seed:register-route": seed(
		"defines an API route at /auth/{actor_type}/{provider}/register that creates an auth identity for an actor type, such as a customer. It returns a JWT token that you pass to an API route that creates the user.",
	),
	"seed:token-field": seed("If the authentication is successful, you'll receive a token field in the response body object"),
	"seed:token-in-header": seed("Use that token in the header of subsequent requests to send authenticated requests."),
	"seed:identity-exists": seed("In these scenarios, the Register Route will return an error instead of a token"),
	"seed:login-validates-existing": seed(
		"you can use the Login Route to validate that the email and password match the existing identity",
	),
	"seed:login-error": seed(
		"if the email and password don't match the existing identity, such as when the email belongs to another customer, the Login Route returns an error",
	),
	"seed:auth-route": seed(
		"defines an API route at /auth/{actor_type}/{provider} that authenticates a user of an actor type. It returns a JWT token that can be passed in the header of subsequent requests to send authenticated requests.",
	),
	"seed:emailpass-body": seed("the EmailPass provider requires an email and password fields in the request body."),
	"seed:refresh-route": seed(
		"It requires the user's JWT token that they received from the authentication or callback routes.",
	),
	"seed:refresh-token": seed("If the token was refreshed successfully, you'll receive a token field in the response body object"),
	"seed:reset-route": seed(
		"defines an API route at /auth/{actor_type}/{auth_provider}/reset-password that emits the auth.password_reset event, passing the token in the payload.",
	),
	"seed:reset-identifier": seed("identifier: The user's identifier in the specified auth provider."),
	"seed:reset-201": seed("If the authentication is successful, the request returns a 201 response code."),
	"seed:update-route": seed(
		"defines an API route at /auth/{actor_type}/{auth_provider}/update that accepts a token and, if valid, updates the user's password.",
	),
	"seed:update-bearer": seed(
		"In the request's authorization header, you must pass the token generated using the Generate Reset Password Token route. You pass it as a bearer token.",
	),
	"seed:update-body": seed("For the emailpass provider, you must pass the following properties"),
	"seed:update-success": seed("the request returns an object with a success property set to true"),
	"seed:third-party-location": seed(
		"If the authentication requires more action with a third-party service, you'll receive a location property: Redirect to that URL in the frontend to continue the authentication process with the third-party service.",
	),
	"seed:callback-url": seed(
		"For the GitHub and Google providers, you can pass a callback_url body parameter that overrides the callbackUrl set in the provider's configurations.",
	),
	"seed:callback-route": seed(
		"This route accepts all the query parameters that the third-party service sends to the frontend after the user completes the authentication process, such as the code and state query parameters.",
	),
	"seed:callback-actor-id": seed("actor_id property, the user is already registered. So, use this token for subsequent authenticated requests."),
	"seed:refresh-after-third-party": seed(
		"that's useful after authenticating a user with a third-party service to populate the user's token with their new information.",
	),

	"observed:01": observed("01", "register returns {token}, a registration JWT: HS256, claims in upstream order, actor_id \"\", exp − iat = 86400"),
	"observed:02": observed("02", "register again: same password while unlinked → 200 token; other password → 401 Identity with email already exists"),
	"observed:03": observed("03", "POST /store/customers with a registration token → 200 {customer}; again → 422 duplicate_error; no token → 401"),
	"observed:03b": observed("03b", "register again once the identity has a customer → 401 Identity with email already exists"),
	"observed:04": observed("04a–04h", "login: 200 {token}; wrong password and unknown e-mail both 401 Invalid email or password; password checked before e-mail; malformed JSON 400; form bodies accepted"),
	"observed:04i": observed("04i", "login latency tells existing from unknown e-mails (108 ms vs 6 ms) though bodies are identical"),
	"observed:05": observed("05a–05l", "GET /store/customers/me: bearer + key 200; every bad token 401 {message:Unauthorized}; key checked before auth; lower-case bearer scheme accepted"),
	"observed:06": observed("06, 06p", "POST /auth/session sets connect.sid (Path=/, Expires +10 h, HttpOnly; Secure; SameSite=Lax over https); DELETE destroys it server-side"),
	"observed:07": observed("07", "POST /auth/token/refresh → new token, same claims, fresh iat/exp; old token still valid; no or expired token → 401"),
	"observed:08a": observed("08a", "reset-password → 201 text/plain Created for known and unknown identifiers; auth.password_reset event; token {entity_id, provider, actor_type, purpose:reset, iat, exp, jti}, 900 s"),
	"observed:08b": observed("08b", "update with the reset token → 200 {success:true}; new password logs in, old does not; second use 401 Invalid token; a login token 401"),
	"observed:08c": observed("08c", "update with garbage, expired, unknown-jti or no token → 401 Invalid token"),
	"observed:08d": observed("08d", "a newer reset request voids older unused tokens"),
	"observed:08e": observed("08e", "update ignores the body's email: the token decides the account"),
	"observed:08f": observed("08f", "a failed update consumes the token; a customer token on the user route is refused and not consumed"),
	"observed:09": observed("09a–09c", "admin login; /admin/* → 401 {message:Unauthorized} for customer, missing or garbage tokens (not 403); admin token refused on /store"),
	"observed:10": observed("10", "GET /store/products needs the publishable key; 200 {products,count,offset,limit}"),
	"observed:11": observed("11", "no rate limiting or lockout on failed logins"),
	"observed:12": observed("12", "lifetimes: tokens 86400 s, reset tokens 900 s, session cookie 10 h"),
	"observed:13": observed("13", "e-mails compare exactly (case-sensitive)"),
	"observed:14": observed("14", "CORS per prefix from STORE_CORS / AUTH_CORS / ADMIN_CORS; preflight 204; disallowed origins lose Access-Control-Allow-Origin only"),
	"observed:15": observed("15", "POST /store/customers/me: profile update; metadata merged (\"\" removes a key, null clears, {} changes nothing); strict body"),
	"observed:16": observed("16", "/store/customers/me/addresses: list, create, read, update, delete; another customer's address 404; one default shipping and billing address"),
	"observed:17": observed("17", "POST /store/customers: metadata kept; the body validated before 'already authenticated'"),
	"observed:18": observed("18", "JSON bodies: a root that is no object or array → 400 body-parser's strict message; an unsupported charset → 415 {message,type:unknown_error}"),
	"observed:20": observed("20", "a body over 100 KiB → 413 {message:'request entity too large',type:'unknown_error'}"),
	"observed:21": observed("21", "unrouted requests: Express's 404 page after the prefix's middlewares (/admin: 401); OPTIONS without preflight headers → the route's Allow list"),
	"observed:22": observed("22", "providers: a user may use emailpass only (400 not_allowed); an unconfigured provider 401; GET /auth/{actor}/providers"),
	"observed:23": observed("23", "POST /auth/session with a token and the cookie of its own session → 200, no Set-Cookie; another actor's token with that cookie keeps the session id"),
	"observed:24": observed("24", "a token with mfa_enabled and no mfa_challenge_completed_at → 401 MFA verification is required, on /store and /admin"),
	"observed:25": observed("25", "a secret key as Bearer → 401 naming HTTP Basic; as Basic (with or without ':') → 200; revoked → 401"),
	"observed:26": observed("26", "/admin/api-keys: filters, one key by id, rename, delete only once revoked, a secret key revoked twice → 400 invalid_data; unknown query keys → 400"),
	"observed:28": observed("28", "GET /store/products: a sales channel outside the key → 400 invalid_data; unknown query keys → 400"),
	"observed:35": observed(
		"35",
		"google and github: 200 {location} (no redirect), a 64-hex single-use state, callback_url from the body only; the callback checks error, then code, then state, each a 401; register 401; a user may not use them",
	),
	"observed:error-shapes": observed("all", "error bodies: {message} (auth middleware), {type,message} (MedusaError), {message,type} (JSON parse), {code,type,message} (duplicate)"),

	"facts:A.4": facts("§A.4", "bearer scheme matched case-insensitively; session checked before bearer; secret API keys as Basic on /admin"),
	"facts:A.5": facts("§A.5", "a registration token has actor_id \"\" and is refused where an actor is required"),
	"facts:A.8": facts("§A.8", "reset-password always 201 to avoid leaking which identities exist; update takes entity_id from the token"),
	"facts:A.10": facts("§A.10", "publishable key: missing → 400 not_allowed; unknown or revoked → 400 not_allowed; scopes sales channels; checked before auth"),

	...STANDARD_REFS,
} as const satisfies Record<string, Reference>;

export type MedusaV2Ref = keyof typeof MEDUSA_V2_REFS;

export const defineMedusaV2Check = checkDefinerFor<MedusaV2Ref, Capability | MedusaV2Capability>();
