// The rate policies of FACTS.md §D ("fixed 100 req/min (global), search 60 req/min, sliding 20
// req/10 s (burst)"), each partitioned per client IP (contracts README), as ASP.NET Core's rate
// limiting middleware applies them: the global limiter to every request, then the endpoint's own
// policy. A request the global limiter refuses is not counted by the endpoint's policy; one the
// endpoint's policy refuses stays counted by the global one (the middleware acquires the global
// permit first and does not give it back). No policy counts a request it refuses (core/rate-limit.ts).
//
// The counting runs in an onRequest hook, before routing: unknown paths under /api are counted as
// ASP.NET's global limiter counts them, and the synchronous GET /api/storefront/profile stays
// synchronous. CORS preflights are answered before it (UseCors comes before UseRateLimiter).
import { clientRateKey, type RateLimitPolicy } from "../../core/rate-limit.ts";
import { clientIp } from "../../http/client-address.ts";
import { corsHeaders, withCorsHeaders } from "../../http/cors.ts";
import { jsonResponse } from "../../http/respond.ts";
import type { QuarkPolicy } from "./policy.ts";
import type { QuarkRuntime } from "./runtime.ts";

/** The documented answer's wait (FACTS.md §D), whatever the window: a client must not expect the time left. */
const RETRY_AFTER_SECONDS = 60;

const SEARCH_PATH = "/api/storefront/products/search";

/** A request's path from its URL, without parsing the URL (this runs on every request). */
const pathOf = (url: string): string => {
	const start = url.indexOf("/", url.indexOf("//") + 2);
	if (start === -1) return "/";
	const query = url.indexOf("?", start);
	return url.slice(start, query === -1 ? undefined : query);
};

/** The socket address, or X-Forwarded-For's first entry behind a trusted proxy, canonical (an IPv6 client by its /64). */
const clientKey = (rt: QuarkRuntime, request: Request): string => clientRateKey(clientIp(request, rt.socketAddress, rt.trustProxy));

/** One of the three policies: its limiter's name, its numbers in the policy, and its kind of window. */
interface Limit {
	name: string;
	of: (limits: QuarkPolicy["rateLimits"]) => RateLimitPolicy;
	/** ASP.NET's FixedWindowRateLimiter (core/fixed-window-limiter.ts), else its SlidingWindowRateLimiter (core/rate-limit.ts). */
	fixed: boolean;
}

const GLOBAL: Limit = { name: "global", of: (limits) => limits.global, fixed: true };
const SEARCH: Limit = { name: "search", of: (limits) => limits.search, fixed: true };
const BURST: Limit = { name: "burst", of: (limits) => limits.burst, fixed: false };

/** Counts the request if the policy lets it through; false when it refuses. */
const counted = (rt: QuarkRuntime, limit: Limit, key: string, now: number): boolean => {
	const policy = limit.of(rt.policy.rateLimits);
	const limiters = rt.state.slice.rateLimits;
	return (limit.fixed ? limiters.fixed(limit.name, policy) : limiters.sliding(limit.name, policy)).hit(key, now).allowed;
};

/** The endpoint's own policy: search on the product search, the burst policy on every auth route (reference choices). */
const endpointLimit = (path: string): Limit | undefined => {
	const route = path.toLowerCase().replace(/\/$/, "");
	if (route.startsWith("/api/auth/")) return BURST;
	return route === SEARCH_PATH ? SEARCH : undefined;
};

const isApi = (path: string): boolean => /^\/api(?:\/|$)/i.test(path);

const tooManyRequests = (rt: QuarkRuntime, path: string, request: Request): Response =>
	withCorsHeaders(
		jsonResponse(
			429,
			{ status: 429, message: `Rate limit exceeded. Please retry after ${RETRY_AFTER_SECONDS} seconds.`, retryAfter: RETRY_AFTER_SECONDS },
			rt.policy.rateLimits.retryAfter ? { "retry-after": String(RETRY_AFTER_SECONDS) } : {},
		),
		corsHeaders(rt.cors, path, request.headers.get("origin")),
	);

/** The 429 for a request over a limit, else undefined. */
const refusalOf = (rt: QuarkRuntime, request: Request): Response | undefined => {
	const path = pathOf(request.url);
	if (!isApi(path)) return undefined;
	const key = clientKey(rt, request);
	const now = rt.clock.now();
	const endpoint = endpointLimit(path);
	const allowed = counted(rt, GLOBAL, key, now) && (endpoint === undefined || counted(rt, endpoint, key, now));
	return allowed ? undefined : tooManyRequests(rt, path, request);
};

/**
 * The onRequest hook: the 429 for a request over a limit, else undefined (the request goes on).
 * Elysia reads a hook's source to decide whether to use its answer (a `return` in it) and whether
 * to await it (a `return f(` or `=> f(` in it; compose.mjs, hasReturn and isAsync), and Bun's
 * transpiler folds a returned constant into the return: so this returns a variable it assigns, to
 * be used and never awaited, which keeps GET /api/storefront/profile synchronous
 * (rate-limits.test.ts holds both).
 */
export const rateLimitHook = (rt: QuarkRuntime) =>
	function rateLimited({ request }: { request: Request }): Response | undefined {
		let refusal: Response | undefined;
		if (rt.policy.rateLimits.enforced && request.method !== "OPTIONS") refusal = refusalOf(rt, request);
		return refusal;
	};
