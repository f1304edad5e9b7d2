// Medusa's `authenticate(actorTypes, methods, options)` middleware (FACTS.md §A.4): a secret API key
// first (only where the actor list is exactly ["user"]), then the session, then the bearer token;
// a context with an actor_id passes, one without passes only where unregistered tokens are allowed.
import { isKeyActive } from "../../core/api-keys.ts";
import { sha256Hex } from "../../core/digest.ts";
import { medusaV2Error } from "./errors.ts";
import type { Session } from "../../core/sessions.ts";
import { type Claims, claimsOrUndefined } from "../../core/tokens.ts";
import { type Ready, whenReady } from "../../core/when-ready.ts";
import { basicSecretKey, bearerToken } from "../../http/credentials.ts";
import type { MedusaV2Runtime } from "./runtime.ts";

export type AuthMethod = "session" | "bearer" | "api-key";

export interface AuthRule {
	actorTypes: "*" | string[];
	methods: AuthMethod[];
	allowUnregistered?: boolean;
	/** Refuse a context whose MFA is enabled but not completed; upstream's default, off for /auth/session and refresh (observed 24). */
	requireMfa?: boolean;
}

export interface Authenticated {
	context: Claims;
	/** The session it came from, when it came from one. */
	sessionId?: string;
}

const actorAllowed = (rule: AuthRule, actorType: unknown): boolean =>
	rule.actorTypes === "*" || (typeof actorType === "string" && rule.actorTypes.includes(actorType));

const fromApiKey = async (rt: MedusaV2Runtime, request: Request, now: number): Promise<Authenticated | undefined> => {
	const secret = basicSecretKey(request.headers.get("authorization"));
	if (!secret) return undefined;
	const key = rt.state.store.findApiKey("secret", await sha256Hex(secret));
	if (!key || !isKeyActive(key, now)) return undefined;
	return { context: { actor_id: key.id, actor_type: "api-key", auth_identity_id: "", app_metadata: {} } };
};

// The session is looked up on every request (a destroyed one stops working at once), synchronously:
// the cookie's signature is a node:crypto HMAC.
/** The live session the request's cookie names, whoever it is for. */
export const cookieSession = (rt: MedusaV2Runtime, request: Request, now: number): Session | undefined => {
	const cookies = request.headers.get("cookie");
	if (cookies === null) return undefined;
	const sessionId = rt.policy.sessionCookie.sessionId(cookies, rt.cookieSecret);
	return sessionId === undefined ? undefined : rt.state.sessions.get(sessionId, now);
};

const fromSession = (rt: MedusaV2Runtime, request: Request, rule: AuthRule, now: number): Authenticated | undefined => {
	const session = cookieSession(rt, request, now);
	if (!session || !actorAllowed(rule, session.authContext.actor_type)) return undefined;
	return { context: session.authContext, sessionId: session.id };
};

/** The bearer token to verify, if the request presents one. */
const presentedBearer = (rt: MedusaV2Runtime, request: Request): string | undefined => {
	const authorization = request.headers.get("authorization");
	const token = bearerToken(authorization);
	if (!token || (!rt.policy.bearerSchemeAnyCase && !authorization?.startsWith("Bearer "))) return undefined;
	return token;
};

const secretKeyFirst = (rt: MedusaV2Runtime, rule: AuthRule): boolean =>
	rule.methods.includes("api-key") && rule.actorTypes !== "*" && rule.actorTypes.join() === "user" && rt.policy.admin.secretKeys;

const fromClaims = (rule: AuthRule, claims: Claims | undefined): Authenticated | undefined =>
	claims && actorAllowed(rule, claims.actor_type) ? { context: claims } : undefined;

/**
 * The bearer's claims as `rule` sees them. Any refusal of the token is a bearer that does not
 * authenticate; a token the signer verified before is decided at once (TokenSigner.remembered).
 */
const fromBearer = (rt: MedusaV2Runtime, token: string, rule: AuthRule, now: number): Ready<Authenticated | undefined> =>
	whenReady(claimsOrUndefined(rt.signer, token, now), (claims) => fromClaims(rule, claims));

const fromSessionOrBearer = (rt: MedusaV2Runtime, request: Request, rule: AuthRule, now: number): Ready<Authenticated | undefined> => {
	const session = rule.methods.includes("session") ? fromSession(rt, request, rule, now) : undefined;
	if (session !== undefined) return session;
	const token = rule.methods.includes("bearer") ? presentedBearer(rt, request) : undefined;
	return token === undefined ? undefined : fromBearer(rt, token, rule, now);
};

/** The scheme and token upstream's bearer regex reads (`/(\S+)\s+(\S+)/`). */
export const SECRET_KEY_AS_BEARER = /^\s*bearer\s+sk_/i;

const decide = (rt: MedusaV2Runtime, request: Request, rule: AuthRule, found: Authenticated | undefined): Authenticated => {
	// Before the actor check, so an unregistered token with MFA pending is refused too (observed 24).
	if ((rule.requireMfa ?? true) && found?.context.mfa_enabled === true && !found.context.mfa_challenge_completed_at)
		throw medusaV2Error("ERR_MFA_REQUIRED");
	if (found?.context.actor_id) return found;
	if (found?.context.auth_identity_id && rule.allowUnregistered) return found;
	// Where secret keys open the route, a key sent as a bearer token gets a hint (observed 25).
	if (secretKeyFirst(rt, rule) && SECRET_KEY_AS_BEARER.test(request.headers.get("authorization") ?? "")) throw medusaV2Error("ERR_SECRET_KEY_AS_BEARER");
	throw medusaV2Error("ERR_NOT_AUTHENTICATED", "Unauthorized");
};

/**
 * The caller as `rule` sees it, or ERR_NOT_AUTHENTICATED (thrown, or the rejection). Synchronous for
 * a session and for a bearer token seen before, the requests a storefront repeats (when-ready.ts).
 */
export const authenticate = (rt: MedusaV2Runtime, request: Request, rule: AuthRule, now: number): Ready<Authenticated> => {
	if (!secretKeyFirst(rt, rule)) return whenReady(fromSessionOrBearer(rt, request, rule, now), (found) => decide(rt, request, rule, found));
	return fromApiKey(rt, request, now).then((byKey) =>
		byKey ?? whenReady(fromSessionOrBearer(rt, request, rule, now), (found) => decide(rt, request, rule, found)),
	);
};
