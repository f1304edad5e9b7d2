// The carphacom contract's references: CarphaCom's "Authentication" page (seed 000) quoted word for
// word, the upstream admin panel as read from its source (FACTS.md §C), reference choices, and the
// standards behind rate limiting. carphacom runs every medusa-v2 check too, with that profile's refs.
import type { Capability } from "../../kit/capabilities.ts";
import { checkDefinerFor } from "../../kit/define-check.ts";
import type { Reference } from "../../kit/references.ts";
import { STANDARD_REFS } from "../../kit/standards.ts";
import type { CarphacomCapability } from "./capabilities.ts";

const SEED = "CarphaCom docs, Authentication (seed 000)";
const seed = (quote: string): Reference => ({ kind: "seed", document: SEED, quote });
const facts = (section: string, summary: string): Reference => ({ kind: "facts", section, summary });

export const CARPHACOM_REFS = {
	"seed:admin-bearer": seed("Admin endpoints (/admin/*) require a Bearer JWT in the Authorization header."),
	"seed:admin-24h": seed("Tokens expire after 24 hours by default."),
	"seed:panel-cookies": seed(
		"The bundled admin panel uses cookies, not Bearer headers. After login, it stores medusa_token (HTTP-only) and a custom admin_session (HTTP-only).",
	),
	"seed:panel-proxy": seed("The admin's proxy routes automatically convert these to Bearer headers when calling /admin/* endpoints."),
	"seed:marketplace-public": seed("/store/marketplace/* endpoints on carphacom.com are public — no key required."),
	"seed:marketplace-limit": seed("Rate limited per IP (60 requests/minute)."),
	"seed:error-401": seed("401 Unauthorized | Missing or invalid token / key."),
	"seed:error-403": seed("403 Forbidden | Token valid but lacks permission for this resource."),
	"seed:error-429": seed("429 Too Many Requests | Rate-limited. Back off per Retry-After header."),

	"facts:C.login": facts("§C", "admin panel POST /app/api/admin/auth {email,password}: 200 {success,message,user,sessionExpires}; 400/401/403 {message} in Romanian"),
	"facts:C.cookies": facts("§C", "cookies medusa_token (HttpOnly, 1 day), admin_session (HttpOnly, 30 days), admin_session_expires (readable, 30 days); Path=/, SameSite=Lax"),
	"facts:C.lockout": facts("§C", "5 failed panel logins per IP within 5 min lock that IP out for 15 min: 429 with the seconds in the message"),
	"facts:C.logout-status": facts("§C", "{action:\"logout\"} deletes the three cookies; GET /app/api/admin/auth answers {authenticated,user,sessionExpires} or 401"),
	"facts:C.middleware": facts("§C", "panel /api/* without a valid admin_session → 401 {error:\"Not authenticated\",message:\"Sesiune invalidă\"}; a forbidden role → 403"),
	"facts:C.session-unsigned": facts("§C", "upstream trusts admin_session as unsigned JSON; the reference signs it and refuses tampering (contracts README)"),

	"choice:marketplace": { kind: "choice", summary: "marketplace endpoints, bodies and the limiter's headers are the reference's choices (no upstream code exists, FACTS.md §C)" },
	"choice:roles": { kind: "choice", summary: "fixture roles: admin may do anything, support may only read /admin/*; others are refused with 403" },

	...STANDARD_REFS,
} as const satisfies Record<string, Reference>;

export type CarphacomRef = keyof typeof CARPHACOM_REFS;

export const defineCarphacomCheck = checkDefinerFor<CarphacomRef, Capability | CarphacomCapability>();
