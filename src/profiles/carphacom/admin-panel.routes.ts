// The bundled admin panel's API (seed 000, "Cookie-based admin auth (admin-panel)"; FACTS.md §C),
// under the panel's basePath /app:
//   POST /app/api/admin/auth            {email,password} → login and the three cookies; {action:"logout"} → logout
//   GET  /app/api/admin/auth            → the session behind admin_session, or 401
//   ANY  /app/api/admin/proxy/<rest>    → /admin/<rest> with the cookies turned into a Bearer header
import { Type } from "@sinclair/typebox";
import { Elysia } from "elysia";
import { operation } from "../../openapi/operation.ts";
import { isLogout, login, logout, status } from "./admin-panel-auth.ts";
import { adminProxy, PROXY_PREFIX } from "./admin-panel-proxy.ts";
import {
	PANEL_COOKIES,
	PanelAuthBody,
	PanelLogin,
	PanelLogout,
	PanelNotAuthenticated,
	PanelRefusal,
	PanelStatus,
	ProxyNotAuthenticated,
} from "./api-schemas.ts";
import type { CarphacomRuntime } from "./runtime.ts";
import { BODY_REFUSALS, MedusaError, MiddlewareError } from "../medusa-v2/api-schemas.ts";

const AUTH_PATH = "/app/api/admin/auth";


const DESCRIBE_AUTH = operation({
	summary: "Log in to the admin panel, or log out",
	description:
		"`{email, password}` checks the emailpass identity as POST /auth/user/emailpass does and, for an admin user whose role is " +
		"admin or support, sets the panel's three cookies; `{action: \"logout\"}` deletes them (stateless, as upstream's). " +
		"5 failed logins from the client IP within 5 minutes lock it out for 15 (upstream's admin-panel auth route; FACTS.md §C).",
	tags: ["admin-panel"],
	body: PanelAuthBody,
	answers: {
		...BODY_REFUSALS,
		200: {
			description: "Logged in (`Autentificat cu succes`), or logged out (`Deconectat cu succes`).",
			schema: Type.Union([PanelLogin, PanelLogout]),
			headers: PANEL_COOKIES,
		},
		400: {
			description: "E-mail or password missing or empty (`Email și parolă sunt obligatorii`), or the body parser's `{message, type}`.",
			schema: Type.Union([PanelRefusal, MedusaError]),
		},
		401: { description: "Wrong credentials (`Credențiale invalide`), or an identity with no panel account.", schema: PanelRefusal },
		403: { description: "A customer, or a user whose role is neither admin nor support.", schema: PanelRefusal },
		429: {
			description: "Locked out after 5 failures (`Prea multe încercări. Reîncearcă peste N secunde.`).",
			schema: PanelRefusal,
			headers: { "retry-after": "Whole seconds until the lockout ends (the seed's error table; upstream says it only in the message)." },
		},
	},
});

const DESCRIBE_STATUS = operation({
	summary: "The admin panel's session",
	description: `Its expiry is inside the signed cookie and checked against the server's clock (README, "Admin panel").`,
	tags: ["admin-panel"],
	security: [["adminSession"]],
	answers: {
		200: { description: "The session's user and expiry.", schema: PanelStatus },
		401: {
			description:
				"No cookie (`Nu sunteți autenticat`), a bad signature (`Sesiune invalidă`), or an expired session (`Sesiune expirată`; " +
				"the cookies are deleted).",
			schema: PanelNotAuthenticated,
			headers: PANEL_COOKIES,
		},
	},
});

/** Upstream's middleware's headers, on every answer once the body is read (not on the body parser's refusals). */
const NO_STORE = {
	"cache-control": "`no-store, no-cache, must-revalidate, proxy-revalidate, max-age=0`, with `Pragma: no-cache` and `Expires: 0`.",
};

const PROXIED = "/admin/<rest> answered this; see that operation.";

const DESCRIBE_PROXY = operation({
	summary: "Call /admin/* with the panel's cookies",
	description:
		`\`*\` is any rest of the path: the same method on \`/admin/*\`, with its query, \`Accept\` and body (as JSON), and ` +
		"`Authorization: Bearer <medusa_token>` from the `medusa_token` cookie; never the caller's own Authorization or cookies. " +
		'Answers what /admin answers: its statuses are those of the /admin operations (reference choice; README, "Admin panel").',
	tags: ["admin-panel"],
	security: [["adminSession"]],
	answers: {
		...BODY_REFUSALS,
		200: { description: PROXIED, schema: Type.Object({}), headers: NO_STORE },
		400: { description: `The body parser's refusal, or ${PROXIED}`, schema: MedusaError },
		401: {
			description:
				"No valid `admin_session` (`{error: \"Not authenticated\", message: \"Sesiune invalidă\"}`), " +
				"or /admin refused the `medusa_token` (`{message}`).",
			schema: Type.Union([ProxyNotAuthenticated, MiddlewareError]),
			headers: NO_STORE,
		},
		403: { description: `The role may not do this (\`type: forbidden\`); ${PROXIED}`, schema: MedusaError, headers: NO_STORE },
		404: {
			description: `A record /admin does not find (JSON), or a path no /admin route serves (Express's HTML page, medusa-v2 unrouted.ts). ${PROXIED}`,
			schema: MedusaError,
			otherContent: { "text/html": Type.String() },
			headers: NO_STORE,
		},
	},
});

export const adminPanelRoutes = (rt: CarphacomRuntime) => {
	const proxy = adminProxy(rt);
	return new Elysia({ name: "carphacom/admin-panel" })
		.get(AUTH_PATH, ({ request }) => status(rt, request), DESCRIBE_STATUS)
		.post(AUTH_PATH, ({ request, body }) => (isLogout(body) ? logout() : login(rt, request, body)), DESCRIBE_AUTH)
		.all(`${PROXY_PREFIX}*`, ({ request, body }) => proxy(request, body), DESCRIBE_PROXY);
};
