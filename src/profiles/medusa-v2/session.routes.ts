// The cookie session and token refresh (seed 002, "Refresh Token Route"; observed 06, 06p, 07):
// POST /auth/session turns a bearer token into a `connect.sid` session holding the token's claims,
// DELETE /auth/session destroys it server-side, POST /auth/token/refresh re-signs the claims with
// a fresh iat/exp and re-reads app_metadata, so a registration token becomes a full one.
import { Elysia } from "elysia";
import type { Claims } from "../../core/tokens.ts";
import { medusaV2Error } from "./errors.ts";
import { bearerToken } from "../../http/credentials.ts";
import { jsonResponse } from "../../http/respond.ts";
import { clearedSessionCookieHeader, isSecureRequest, sessionCookieHeader } from "../../http/session-cookie.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { type AuthRule, authenticate, cookieSession } from "./authenticate.ts";
import { tokenResponse } from "./auth.routes.ts";
import { operation } from "../../openapi/operation.ts";
import { closed } from "../../openapi/schemas.ts";
import { AuthContext, BODY_REFUSALS, Success, TokenAnswer, UNAUTHORIZED } from "./api-schemas.ts";

/** Whether two sets of claims name the same actor of the same auth identity. */
const sameActor = (a: Claims, b: Claims): boolean =>
	a.actor_type === b.actor_type && a.actor_id === b.actor_id && a.auth_identity_id === b.auth_identity_id;

export const sessionRoutes = (rt: MedusaV2Runtime) =>
	new Elysia({ name: "medusa-v2/session" })
		.post("/auth/session", async ({ request }) => {
			const now = rt.clock.now();
			const allowUnregistered = rt.policy.session.acceptsRegistrationToken;
			const { context } = await authenticate(rt, request, { actorTypes: "*", methods: ["bearer"], allowUnregistered, requireMfa: false }, now);
			// express-session keeps the session the cookie names, holding the new claims, and sends the
			// cookie again only when that changed them (observed 23). Reference choice: for another actor
			// the old session ends and a new id is issued (policy.ts, renewsIdForAnotherActor).
			const current = cookieSession(rt, request, now);
			if (current && JSON.stringify(current.authContext) === JSON.stringify(context)) return jsonResponse(200, { user: context });
			const renews = current !== undefined && rt.policy.session.renewsIdForAnotherActor && !sameActor(current.authContext, context);
			if (current && renews) rt.state.sessions.destroy(current.id);
			const session = current && !renews ? rt.state.sessions.replaceContext(current, context, now) : rt.state.sessions.create(context, now);
			const cookie = await sessionCookieHeader(session.id, session.expiresAt, rt.cookieSecret, {
				secure: isSecureRequest(request, rt.trustProxy),
				httpOnly: rt.policy.sessionCookie.httpOnly,
				sameSite: rt.policy.sessionCookie.sameSite,
			});
			return jsonResponse(200, { user: context }, { "set-cookie": cookie });
		}, DESCRIBE_SESSION)
		.delete("/auth/session", async ({ request }) => {
			const now = rt.clock.now();
			const { sessionId } = await authenticate(rt, request, { actorTypes: "*", methods: ["session"], allowUnregistered: true }, now);
			if (sessionId !== undefined && rt.policy.session.logoutDestroys) rt.state.sessions.destroy(sessionId);
			return jsonResponse(200, { success: true }, { "set-cookie": clearedSessionCookieHeader() });
		}, DESCRIBE_LOGOUT)
		.post("/auth/token/refresh", async ({ request }) => {
			const now = rt.clock.now();
			const rule = { actorTypes: "*", methods: ["session", "bearer"], allowUnregistered: true, requireMfa: false } satisfies AuthRule;
			const { context } = await authenticate(rt, request, rule, now);
			const presented = bearerToken(request.headers.get("authorization"));
			if (presented && !rt.policy.refreshReissues) return jsonResponse(200, { token: presented });
			const identity = rt.state.store.getIdentity(String(context.auth_identity_id));
			if (!identity) throw medusaV2Error("ERR_NOT_AUTHENTICATED", "Unauthorized");
			return tokenResponse(rt, identity, String(context.actor_type), now, context);
		}, DESCRIBE_REFRESH);

// ---- the routes as the API document describes them (src/openapi/) ----

const DESCRIBE_SESSION = operation({
	summary: "Turn a token into a session cookie",
	description: "The session holds the token's claims; the cookie is sent again only when they change (seed 002; observed 06, 23).",
	tags: ["auth"],
	security: [["bearer"]],
	answers: {
		...BODY_REFUSALS,
		200: { description: "The session's auth context.", schema: closed({ user: AuthContext }), headers: { "set-cookie": "`connect.sid`, signed, HttpOnly, for the session's lifetime." } },
		401: UNAUTHORIZED,
	},
});

const DESCRIBE_LOGOUT = operation({
	summary: "Log out of the session",
	description: "Destroys the session server-side, so a copy of the cookie no longer works (observed 06p).",
	tags: ["auth"],
	security: [["session"]],
	answers: {
		...BODY_REFUSALS,
		200: { description: "Logged out.", schema: Success, headers: { "set-cookie": "`connect.sid` cleared." } },
		401: UNAUTHORIZED,
	},
});

const DESCRIBE_REFRESH = operation({
	summary: "A fresh token for the same identity",
	description: "New iat and exp, and the identity's app_metadata read again: a registration token becomes a full one (seed 002, \"Refresh Token Route\"; observed 07).",
	tags: ["auth"],
	security: [["bearer"], ["session"]],
	answers: { ...BODY_REFUSALS, 200: { description: "The new token.", schema: TokenAnswer }, 401: UNAUTHORIZED },
});
