// Medusa's `authenticate(actorTypes, methods, options)` middleware (FACTS.md §A.4): a secret API key
// first (only where the actor list is exactly ["user"]), then the session, then the bearer token;
// a context with an actor_id passes, one without passes only where unregistered tokens are allowed.
import { isKeyActive } from "../../core/api-keys.ts";
import { sha256Hex } from "../../core/digest.ts";
import { GatecheckError } from "../../core/errors.ts";
import type { Claims } from "../../core/tokens.ts";
import { basicSecretKey, bearerToken } from "../../http/credentials.ts";
import { readSessionId } from "../../http/session-cookie.ts";
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

const fromSession = async (rt: Runtime, request: Request, rule: AuthRule, now: number): Promise<Authenticated | undefined> => {
	const sessionId = await readSessionId(request.headers.get("cookie"), rt.cookieSecret, !rt.defects.has("ignore-cookie-signature"));
	const session = sessionId === undefined ? undefined : rt.state.sessions.get(sessionId, now);
	if (!session || !actorAllowed(rule, session.authContext.actor_type)) return undefined;
	return { context: session.authContext, sessionId: session.id };
};

const fromBearer = async (rt: Runtime, request: Request, rule: AuthRule, now: number): Promise<Authenticated | undefined> => {
	const authorization = request.headers.get("authorization");
	const token = bearerToken(authorization);
	if (!token || (rt.defects.has("bearer-scheme-case-sensitive") && !authorization?.startsWith("Bearer "))) return undefined;
	const claims = await rt.signer.verify(token, now).catch(() => undefined);
	return claims && actorAllowed(rule, claims.actor_type) ? { context: claims } : undefined;
};

/** The caller as `rule` sees it, or ERR_NOT_AUTHENTICATED. */
export const authenticate = async (rt: Runtime, request: Request, rule: AuthRule, now: number): Promise<Authenticated> => {
	const found =
		(rule.methods.includes("api-key") && rule.actorTypes !== "*" && rule.actorTypes.join() === "user" && !rt.defects.has("no-secret-key-auth")
			? await fromApiKey(rt, request, now)
			: undefined) ??
		(rule.methods.includes("session") ? await fromSession(rt, request, rule, now) : undefined) ??
		(rule.methods.includes("bearer") ? await fromBearer(rt, request, rule, now) : undefined);
	if (found?.context.actor_id) return found;
	if (found?.context.auth_identity_id && rule.allowUnregistered) return found;
	throw new GatecheckError("ERR_NOT_AUTHENTICATED", "Unauthorized");
};

