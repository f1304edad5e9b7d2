// The shapes of carphacom's own answers, for the API document (src/openapi/): the marketplace's
// records and rate-limit headers (marketplace.routes.ts), and the admin panel's bodies and cookies
// (admin-panel-auth.ts, admin-panel-proxy.ts), whose field names and Romanian messages are upstream's
// (FACTS.md §C). Everything carphacom shares with medusa-v2 (its error shapes, the body parser's
// refusals, pages) comes from medusa-v2's api-schemas.ts. Closed objects, as there, so that a field
// added without being documented fails test/openapi/.
import { Type } from "@sinclair/typebox";
import type { Answer } from "../../openapi/operation.ts";
import { closed, Instant, nullable } from "../../openapi/schemas.ts";
import { MedusaError, MiddlewareError, one, page } from "../medusa-v2/api-schemas.ts";

const Text = Type.String();
const NullableText = nullable(Type.String());

// ---- marketplace (marketplace.routes.ts; README, "Marketplace": reference choices) ----

/** listingView: a fixtures' marketplace listing (`mkt_…`); its description is null when the fixtures give none. */
const MarketplaceProduct = closed({ id: Text, title: Text, handle: Text, description: NullableText, seller: Text, created_at: Instant });

/** Medusa's list envelope, keyed `products` as GET /store/products is. */
export const MarketplacePage = page("products", MarketplaceProduct);

export const MarketplaceOne = one("product", MarketplaceProduct);

/** On every answer the route gives, 429 included (draft-ietf-httpapi-ratelimit-headers-11 §3–4); not on the body parser's refusals. */
export const RATE_LIMIT_HEADERS = {
	"ratelimit-policy": 'The policy: `"marketplace";q=60;w=60` (60 requests in any 60 seconds).',
	ratelimit: 'What is left: `"marketplace";r=<requests left>;t=<seconds until the oldest counted request leaves the window>`.',
} as const;

/** Over the limit (seed 000: "429 Too Many Requests | Rate-limited. Back off per Retry-After header"). */
export const MARKETPLACE_TOO_MANY: Answer = {
	description: "More than 60 requests from this client IP within 60 seconds (`type: not_allowed`); the request is not counted.",
	schema: MedusaError,
	headers: { ...RATE_LIMIT_HEADERS, "retry-after": "Whole seconds until a request passes again (1 to 60), as `t` of `RateLimit`." },
};

/** A path or method under the prefix that no marketplace route serves, in Medusa's error shape. */
export const MARKETPLACE_NOT_FOUND: Answer = {
	description: "`{\"type\":\"not_found\",\"message\":\"Cannot <METHOD> <path>\"}`; counted like any other request.",
	schema: MedusaError,
	headers: RATE_LIMIT_HEADERS,
};

// ---- admin panel (admin-panel-auth.ts, admin-panel-proxy.ts; README, "Admin panel") ----

/** The panel's login refusals: upstream's `{message}` (the auth middleware's shape in medusa-v2, reused). */
export const PanelRefusal = MiddlewareError;

/** POST /app/api/admin/auth `{email, password}` logs in, `{action: "logout"}` logs out; other fields are ignored. */
export const PanelAuthBody = Type.Union([
	Type.Object({ email: Text, password: Text }),
	Type.Object({ action: Type.Literal("logout") }),
]);

const PanelUser = closed({ id: Text, email: Text, firstName: NullableText, lastName: NullableText, role: Text });

export const PanelLogin = closed({ success: Type.Literal(true), message: Text, user: PanelUser, sessionExpires: Instant });

export const PanelLogout = closed({ success: Type.Literal(true), message: Text });

/** GET /app/api/admin/auth: the signed admin_session's fields (PanelSession), its expiry as `sessionExpires`. */
export const PanelStatus = closed({
	authenticated: Type.Literal(true),
	user: closed({
		userId: Text,
		email: Text,
		firstName: NullableText,
		lastName: NullableText,
		role: Text,
		authenticatedAt: Text,
		sessionId: Text,
	}),
	sessionExpires: Text,
});

export const PanelNotAuthenticated = closed({ authenticated: Type.Literal(false), message: Text });

/** The proxy's refusal without a valid admin_session, as upstream's middleware words it. */
export const ProxyNotAuthenticated = closed({ error: Type.Literal("Not authenticated"), message: Text });

/** The three cookies a login sets, and a logout (or an expired session) deletes. */
export const PANEL_COOKIES = {
	"set-cookie":
		"`admin_session` (signed, HttpOnly, 30 days), `medusa_token` (the JWT, HttpOnly, 1 day), `admin_session_expires` (readable, 30 days); " +
		"deleted as `name=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`.",
} as const;
