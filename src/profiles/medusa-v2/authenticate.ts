// Medusa's `authenticate(actorTypes, methods, options)` middleware (FACTS.md §A.4): a secret API key
// first (only where the actor list is exactly ["user"]), then the session, then the bearer token;
// a context with an actor_id passes, one without passes only where unregistered tokens are allowed.
import { isKeyActive } from "../../core/api-keys.ts";
import { sha256Hex } from "../../core/digest.ts";
import { GatecheckError } from "../../core/errors.ts";
import type { Claims } from "../../core/tokens.ts";
import { basicSecretKey, bearerToken } from "../../http/credentials.ts";
import { sessionIdOf } from "../../http/session-cookie.ts";
import type { Runtime } from "../../runtime.ts";

export type AuthMethod = "session" | "bearer" | "api-key";

export interface AuthRule {
	actorTypes: "*" | string[];
	methods: AuthMethod[];
	allowUnregistered?: boolean;
}

export interface Authenticated {
	context: Claims;
	/** The session it came from, when it came from one. */
	sessionId?: string;
}

const actorAllowed = (rule: AuthRule, actorType: unknown): boolean =>
	rule.actorTypes === "*" || (typeof actorType === "string" && rule.actorTypes.includes(actorType));

const fromApiKey = async (rt: Runtime, request: Request, now: number): Promise<Authenticated | undefined> => {
	const secret = basicSecretKey(request.headers.get("authorization"));
	if (!secret) return undefined;
	const key = rt.state.store.findApiKey("secret", await sha256Hex(secret));
	if (!key || !isKeyActive(key, now)) return undefined;
	return { context: { actor_id: key.id, actor_type: "api-key", auth_identity_id: "", app_metadata: {} } };
};

// The session is looked up on every request (a destroyed one stops working at once), synchronously:
// the cookie's signature is a node:crypto HMAC.
const fromSession = (rt: Runtime, request: Request, rule: AuthRule, now: number): Authenticated | undefined => {
	const cookies = request.headers.get("cookie");
	if (cookies === null) return undefined;
	const sessionId = sessionIdOf(cookies, rt.cookieSecret, !rt.defects.has("ignore-cookie-signature"));
	const session = sessionId === undefined ? undefined : rt.state.sessions.get(sessionId, now);
	if (!session || !actorAllowed(rule, session.authContext.actor_type)) return undefined;
	return { context: session.authContext, sessionId: session.id };
};

/** The bearer token to verify, if the request presents one. */
const presentedBearer = (rt: Runtime, request: Request): string | undefined => {
	const authorization = request.headers.get("authorization");
	const token = bearerToken(authorization);
	if (!token || (rt.defects.has("bearer-scheme-case-sensitive") && !authorization?.startsWith("Bearer "))) return undefined;
	return token;
};

const secretKeyFirst = (rt: Runtime, rule: AuthRule): boolean =>
	rule.methods.includes("api-key") && rule.actorTypes !== "*" && rule.actorTypes.join() === "user" && !rt.defects.has("no-secret-key-auth");

/** The caller as `rule` sees it, or ERR_NOT_AUTHENTICATED. */
export const authenticate = async (rt: Runtime, request: Request, rule: AuthRule, now: number): Promise<Authenticated> => {
	let found = secretKeyFirst(rt, rule) ? await fromApiKey(rt, request, now) : undefined;
	if (found === undefined && rule.methods.includes("session")) found = fromSession(rt, request, rule, now);
	// The bearer, verified here rather than in a helper of its own: one async step less on the
	// hottest path (bench/RESULTS.md). Any refusal of the token is a bearer that does not authenticate.
	const token = found === undefined && rule.methods.includes("bearer") ? presentedBearer(rt, request) : undefined;
	if (token !== undefined) {
		let claims: Claims | undefined;
		try {
			claims = await rt.signer.verify(token, now);
		} catch {}
		if (claims && actorAllowed(rule, claims.actor_type)) found = { context: claims };
	}
	if (found?.context.actor_id) return found;
	if (found?.context.auth_identity_id && rule.allowUnregistered) return found;
	throw new GatecheckError("ERR_NOT_AUTHENTICATED", "Unauthorized");
};

