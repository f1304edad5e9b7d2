// The quark contract's references: Quark Commerce's "Authentication" page (seed 003) quoted word for
// word, what its public documentation adds (FACTS.md §D), the decisions the contracts README took
// where both are silent, and the standards the hardening tier cites. No upstream server can be
// observed: for quark, `observed` checks hold the reference's own choices (contracts README).
import { checkDefinerFor } from "../../kit/define-check.ts";
import type { Reference } from "../../kit/references.ts";
import { STANDARD_REFS } from "../../kit/standards.ts";
import type { QuarkCapability } from "./capabilities.ts";
import type { Capability } from "../../kit/capabilities.ts";

const SEED = "Quark Commerce docs, Authentication (seed 003)";
const seed = (quote: string): Reference => ({ kind: "seed", document: SEED, quote });
const facts = (summary: string): Reference => ({ kind: "facts", section: "§D", summary });
const choice = (summary: string): Reference => ({ kind: "choice", summary });

export const QUARK_REFS = {
	"seed:jwt": seed("Quark Commerce uses JWT (JSON Web Tokens) for authentication. The auth endpoints are at /api/auth/."),
	"seed:register": seed('POST /api/auth/register … Response: 200 OK { "message": "Registration successful" }'),
	"seed:login": seed('POST /api/auth/login … Response: 200 OK { "accessToken": …, "refreshToken": …, "user": { "id": "guid", "email", "firstName", "lastName", "roles": ["Customer"] } }'),
	"seed:change-password": seed('POST /api/auth/change-password Authorization: Bearer <token> { "currentPassword": …, "newPassword": … }'),
	"seed:forgot-password": seed(
		"The API sends a password reset email (if the email exists) with a link to {resetBaseUrl}?token={token}. The response always returns success to avoid revealing whether the email exists.",
	),
	"seed:reset-password": seed('POST /api/auth/reset-password { "token": "reset-token-from-email", "newPassword": … }'),
	"seed:protected": seed(
		"Most storefront endpoints are public (product browsing, categories, etc.). These endpoints require authentication: GET /api/storefront/orders, GET /api/storefront/basket/user, POST /api/storefront/checkout/*, GET /api/storefront/profile, */api/storefront/addresses/*, POST /api/storefront/gdpr/*",
	),
	"seed:401": seed("401 Unauthorized Missing or invalid token"),
	"seed:403": seed("403 Forbidden Valid token but insufficient permissions (or license issue)"),
	"seed:400": seed("400 Bad Request Invalid request body"),

	"facts:jwt-config": facts("appsettings Jwt: HMAC SecretKey, Issuer HeadlessEcommerceApi, Audience HeadlessEcommerceClient, ExpirationMinutes 60"),
	"facts:refresh-opaque": facts("the refresh token is opaque base64, not a JWT; its route is not documented"),
	"facts:errors": facts('errors {"message":…}; validation 400 {"errors":{"Email":["The Email field is required."],"Password":["Password must be at least 8 characters."]}}; 409 duplicate'),
	"facts:rate-limits": facts(
		'429 with Retry-After: 60 and {"status":429,"message":"Rate limit exceeded. Please retry after 60 seconds.","retryAfter":60}; fixed 100/min global, search 60/min, sliding 20 per 10 s burst',
	),

	"choice:refresh-route": choice("refresh is POST /api/auth/refresh {refreshToken}, rotating: each use spends the token and issues a new one of the same family"),
	"choice:refresh-reuse": choice("presenting a spent refresh token revokes its whole family (reuse detection)"),
	"choice:reset-origins": choice("a reset mail goes only to a resetBaseUrl whose origin is on the server's allow-list"),
	"choice:clock-skew": choice(".NET allows 5 minutes of clock skew by default: a contract-tier expiry check refuses a token only from exp + 5 min"),
	"choice:cors": choice("cross-origin requests are allowed only from the configured storefront origins (QUARK_CORS), with credentials; any other origin gets no Access-Control-Allow-Origin"),
	"rule:no-5xx": choice("No 5xx on bad input (contracts README): a request body the server cannot use is the client's error, a 4xx"),
	"choice:per-client": choice("rate policies are counted per client IP; Retry-After is 60 on every 429, even on the 10-second auth window"),

	...STANDARD_REFS,
} as const satisfies Record<string, Reference>;

export type QuarkRef = keyof typeof QUARK_REFS;

export const defineQuarkCheck = checkDefinerFor<QuarkRef, Capability | QuarkCapability>();
