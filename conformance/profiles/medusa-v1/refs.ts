// The medusa-v1 contract's references: Medusa v1's Store API "Authentication" page (seed 001)
// quoted word for word, the cases recorded from a real Medusa 1.20.11 (medusa-v1-observed.md, by
// transcript), the reference's choices where upstream must not be copied (its N-list), and the
// standards the hardening tier cites.
import { checkDefinerFor } from "../../kit/define-check.ts";
import type { Reference } from "../../kit/references.ts";
import { STANDARD_REFS } from "../../kit/standards.ts";

const SEED = "Medusa v1 Store API docs, Authentication (seed 001)";
const seed = (quote: string): Reference => ({ kind: "seed", document: SEED, quote });
const observed = (caseId: string, summary: string): Reference => ({ kind: "observed", upstream: "Medusa 1.20.11", case: caseId, summary });
const choice = (summary: string): Reference => ({ kind: "choice", summary });

export const MEDUSA_V1_REFS = {
	"seed:two-ways": seed("There are two ways to send authenticated requests to the Medusa server: Using a JWT token or using a Cookie Session ID."),
	"seed:jwt-login": seed(
		"JWT tokens are obtained by sending a request to the Customer Login (JWT) endpoint passing it the customer's email and password in the request body.",
	),
	"seed:access-token": seed("If authenticated successfully, an object is returned in the response with the property access_token being the JWT token."),
	"seed:bearer": seed("The JWT token can be used for Bearer Authentication. It's passed in the Authorization header"),
	"seed:cookie-set": seed("the cookie session should be automatically set when the customer is logged in."),
	"seed:connect-sid": seed("Copy the value after connect.sid (without the ; at the end) and pass it as a cookie in subsequent requests"),
	"seed:credentials-include": seed(
		"If you're sending requests using JavaScript's Fetch API, you must pass the credentials option with the value include to all the requests you're sending.",
	),
	"seed:routes": seed("Customer Login (JWT) POST · Check if Email Exists GET · Get Current Customer GET · Customer Log out DELETE · Customer Login POST"),
	"seed:customer-routes": seed("Request Password Reset · Update Customer · Get a Customer · Create a Customer · Reset Password"),

	"observed:envelope": observed("01, 06", "every JSON answer: application/json; charset=utf-8, Vary: Origin, Access-Control-Allow-Credentials: true on /store and /admin"),
	"observed:401-kinds": observed("04b, 06, 09f", "two 401s, both `Unauthorized` without WWW-Authenticate: login routes text/plain; the auth middleware no Content-Type at all"),
	"observed:error-shapes": observed("02, 03, 12a", "validation 400 {type:invalid_data,message}; duplicate 422 {code,type:duplicate_error,message}; 404 {type:not_found,message}"),
	"observed:unknown-fields": observed("03, 04d, 09i, 11", "unknown body fields: 400 `property <name> should not exist`"),
	"observed:01": observed("01", "POST /store/customers: 200 {customer} in the registration shape, and a connect.sid logged in as the new customer; no token"),
	"observed:02": observed("02", "registering an e-mail that has an account: 422 duplicate_error `A customer with the given email already has an account. Log in instead`"),
	"observed:03": observed("03", "registration validation: `email must be an email`, `password must be a string`"),
	"observed:04a": observed("04a, 10", "POST /store/auth/token: 200 {access_token}, HS256 {customer_id, domain:\"store\", iat, exp}, exp − iat = 30 days"),
	"observed:04b": observed("04b, 04c", "wrong password and unknown e-mail: 401 text/plain `Unauthorized`, byte for byte the same"),
	"observed:04d": observed("04d", "login validation: `email must be an email`, `password should not be empty`, joined by \", \""),
	"observed:04f": observed("04f, 05b", "form-encoded bodies are not parsed: they count as empty (400)"),
	"observed:05a": observed("05a, 10", "POST /store/auth: 200 {customer} with orders and shipping_addresses; connect.sid=s%3A<id>.<signature>; Path=/; Expires=+10 h; HttpOnly"),
	"observed:05c": observed("05c", "the cookie's signature is checked: an altered signature or a bare id counts as no session"),
	"observed:06": observed("06", "GET /store/auth with the cookie or a store JWT: 200 {customer}; nothing, garbage or an admin JWT: the middleware 401"),
	"observed:07": observed("07", "DELETE /store/auth: 200 text/plain `OK`; the session ends server-side; without credentials 200 too"),
	"observed:08": observed("08", "GET /store/auth/{email}: 200 {exists} for anyone, lower-cased, true only for e-mails with an account"),
	"observed:09a": observed("09a, 09b", "GET /store/customers/me with the cookie or a store JWT: 200 {customer} in the registration shape"),
	"observed:09c": observed("09c, 09d, 09e", "expired, altered, foreign-secret, garbage and alg:none tokens: the middleware 401"),
	"observed:09g": observed("09g", "no `domain` or an admin JWT on /store: 401"),
	"observed:09h": observed("09h", "`bearer` in any letter case works; no scheme, Basic or JWT: 401; the session wins over a bearer"),
	"observed:09i": observed("09i", "POST /store/customers/me with the cookie or a store JWT: 200 {customer}; no credentials 401; unknown field 400"),
	"observed:11": observed("11", "password-token: 204 with no body for known and unknown e-mails; customer.password_reset {id,email,first_name,last_name,token}; token HS256 {customer_id,exp,iat}, 900 s"),
	"observed:12a": observed("12a", "password-reset validation: `token must be a string`, `password must be a string`, `email must be an email`"),
	"observed:12b": observed("12b", "password-reset with a live token: 200 {customer} without relations and no login; the new password logs in, the old does not; the token dies with the password"),
	"observed:13": observed("13", "the publishable key is optional; a key of another channel lists only that channel's products"),
	"observed:14a": observed("14a", "POST /admin/auth: 200 {user} with role, api_token null, and connect.sid; wrong credentials 401 text"),
	"observed:14b": observed("14b, 10", "POST /admin/auth/token: 200 {access_token} {user_id, domain:\"admin\", iat, exp}, exp − iat = 24 h"),
	"observed:14c": observed("14c", "GET /admin/auth with the admin cookie or JWT: 200 {user}; customer credentials or nothing: the middleware 401"),
	"observed:14d": observed("14d", "DELETE /admin/auth: 200 `OK` with credentials, 401 without"),
	"observed:14e": observed("14e", "customer credentials on /admin routes and admin credentials on /store/customers/me: 401, never 403"),
	"observed:15": observed("15", "CORS: preflight from STORE_CORS / ADMIN_CORS 204 with Allow-Origin and credentials; from other origins 204 without Allow-Origin"),
	"observed:16": observed("16", "no rate limit or lockout on any login route"),
	"observed:17": observed("17", "registration, logins, exists, password-token and password-reset lower-case the e-mail"),

	"rule:no-5xx": choice("No 5xx on bad input (contracts README): where upstream crashes, the reference answers the documented 4xx"),
	"choice:N1": choice("N1: every bad reset token is 401 `Invalid or expired password reset token`, whatever the e-mail (upstream: 500 when the e-mail has an account)"),
	"choice:N2": choice("N2: malformed JSON is a 400 without any stack trace or server path (upstream, in development: an HTML page with both)"),
	"choice:N3": choice("N3: every login opens a session under a new id (upstream keeps the id a request came with: session fixation)"),
	"choice:N5": choice("N5: a password change, through /me or a reset, ends the customer's other sessions and earlier tokens (upstream: they keep working)"),
	"choice:N6": choice("N6: a store JWT without exp is refused (upstream accepts it for ever)"),
	"choice:N8": choice("N8: login and password-token cost the same for known and unknown e-mails (upstream: password-token 7.5 vs 2.1 ms)"),
	"choice:N10": choice("N10: registration with an empty password is 400 `password should not be empty` (upstream: a passwordless customer, logged in)"),
	"choice:N11": choice("N11: an e-mail changed through POST /store/customers/me is lower-cased like every other write (upstream: stored as sent, locking the account out)"),
	"choice:N12": choice("N12: unknown, revoked and channel-less publishable keys count as no key (upstream: they widen product listings to every channel)"),

	...STANDARD_REFS,
} as const satisfies Record<string, Reference>;

export type MedusaV1Ref = keyof typeof MEDUSA_V1_REFS;

export const defineMedusaV1Check = checkDefinerFor<MedusaV1Ref>();
