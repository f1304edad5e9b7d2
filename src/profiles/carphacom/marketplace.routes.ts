// /store/marketplace/*: CarphaCom's federation endpoints (seed 000: "/store/marketplace/* endpoints
// on carphacom.com are public — no key required. Rate limited per IP (60 requests/minute)."). No
// publishable key and no authentication. Every request under the prefix, known route or not, is
// counted per client IP in a rolling minute (core/rate-limit.ts); every answer carries
// RateLimit-Policy and RateLimit (draft-ietf-httpapi-ratelimit-headers-11 §3–4), and a request
// over the limit gets 429 (RFC 6585 §4) with Retry-After in whole seconds (RFC 9110 §10.2.3) and a
// Medusa error body (FACTS.md §A.2). Upstream has no such code (FACTS.md §C): the routes, bodies and
// headers are reference choices, listed in this folder's README.
import { Type } from "@sinclair/typebox";
import { Elysia } from "elysia";
import { coreError, GatecheckError } from "../../core/errors.ts";
import { clientRateKey, type RateLimitDecision } from "../../core/rate-limit.ts";
import { clientIp } from "../../http/client-address.ts";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import { MARKETPLACE_NOT_FOUND, MARKETPLACE_TOO_MANY, MarketplaceOne, MarketplacePage, RATE_LIMIT_HEADERS } from "./api-schemas.ts";
import { MARKETPLACE_LIMIT } from "./policy.ts";
import type { CarphacomRuntime } from "./runtime.ts";
import type { MarketplaceListing } from "./state.ts";
import { BODY_REFUSALS, MedusaError, PAGE_QUERY } from "../medusa-v2/api-schemas.ts";
import { errorResponse } from "../medusa-v2/errors.ts";
import { paginate } from "../medusa-v2/views.ts";

const POLICY_NAME = "marketplace";

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

const listingView = (listing: MarketplaceListing): Record<string, unknown> => ({
	id: listing.id,
	title: listing.title,
	handle: listing.handle,
	description: listing.description,
	seller: listing.seller,
	created_at: iso(listing.createdAt),
});

/**
 * Who is counted: the socket address, or X-Forwarded-For's first entry only behind a trusted proxy
 * (--trust-proxy), as addressKey canonicalises it (an IPv6 client by its /64).
 */
const clientKey = (rt: CarphacomRuntime, request: Request): string => {
	const { marketplace } = rt.policy;
	if (!marketplace.perClient) return "*";
	const trustForwarded = rt.trustProxy || !marketplace.forwardedForOnlyBehindProxy;
	return clientRateKey(clientIp(request, rt.socketAddress, trustForwarded));
};

const count = (rt: CarphacomRuntime, request: Request): RateLimitDecision => {
	const { marketplace } = rt.policy;
	// A window that does not move is a limiter whose clock stands still: no request ever leaves it.
	const now = marketplace.windowMoves ? rt.clock.now() : 0;
	return rt.state.slice.rateLimits.sliding(POLICY_NAME, marketplace.counted).hit(clientKey(rt, request), now);
};

/**
 * draft-ietf-httpapi-ratelimit-headers-11: the policy (§3: quota `q` requests per window `w`
 * seconds) and the client's service limit (§4: `r` requests left, within `t` seconds: until the
 * oldest counted request leaves the window). On a 429, `t` equals Retry-After, which §6 asks not
 * to point earlier than the end of the effective window.
 */
const rateLimitHeaders = (decision: RateLimitDecision): Record<string, string> => ({
	"ratelimit-policy": `"${POLICY_NAME}";q=${MARKETPLACE_LIMIT.limit};w=${MARKETPLACE_LIMIT.windowMs / 1000}`,
	ratelimit: `"${POLICY_NAME}";r=${decision.remaining};t=${decision.resetSeconds}`,
});

const tooManyRequests = (rt: CarphacomRuntime, decision: RateLimitDecision): Response =>
	jsonResponse(
		429,
		{
			type: "not_allowed",
			message: `Too many requests: /store/marketplace allows ${MARKETPLACE_LIMIT.limit} requests per minute per IP. Retry after ${decision.resetSeconds} seconds.`,
		},
		// Seed 000: "429 Too Many Requests | Rate-limited. Back off per Retry-After header."
		rt.policy.marketplace.retryAfter ? { "retry-after": String(decision.resetSeconds) } : {},
	);

/** Counts the request, then answers it (or refuses it), with the rate-limit headers either way. */
const limited = (rt: CarphacomRuntime, request: Request, answer: () => Response): Response => {
	const decision = count(rt, request);
	let response: Response;
	if (!decision.allowed) response = tooManyRequests(rt, decision);
	else
		try {
			response = answer();
		} catch (error) {
			// Answered here rather than by the profile's onError, so that errors carry the headers too.
			if (!(error instanceof GatecheckError)) throw error;
			response = errorResponse(error);
		}
	for (const [name, value] of Object.entries(rateLimitHeaders(decision))) response.headers.set(name, value);
	return response;
};

const PUBLIC =
	"Public: no publishable key, no credentials (seed 000). Counted per client IP, 60 requests in any 60 seconds (README, \"The limit\").";

const DESCRIBE_LIST = operation({
	summary: "The marketplace's products, a page at a time",
	description: `${PUBLIC} The listings of the fixtures, in Medusa's list envelope (reference choice).`,
	tags: ["marketplace"],
	query: Type.Object(PAGE_QUERY),
	answers: {
		200: { description: "A page of listings.", schema: MarketplacePage, headers: RATE_LIMIT_HEADERS },
		400: {
			description: "`limit` or `offset` is not a count of 0 or more (`type: invalid_data`, upstream's message).",
			schema: MedusaError,
			headers: RATE_LIMIT_HEADERS,
		},
		429: MARKETPLACE_TOO_MANY,
	},
});

const DESCRIBE_ONE = operation({
	summary: "One marketplace product",
	description: `${PUBLIC} A listing by its id (\`mkt_…\`; reference choice).`,
	tags: ["marketplace"],
	answers: {
		200: { description: "The listing.", schema: MarketplaceOne, headers: RATE_LIMIT_HEADERS },
		404: {
			description: "No listing has this id: `Marketplace product with id: <id> was not found` (`type: not_found`).",
			schema: MedusaError,
			headers: RATE_LIMIT_HEADERS,
		},
		429: MARKETPLACE_TOO_MANY,
	},
});

const DESCRIBE_REST = operation({
	summary: "Any other path or method under /store/marketplace/",
	description: `\`*\` is any rest of the path. ${PUBLIC} No route serves it, yet it is counted: the limit covers /store/marketplace/*.`,
	tags: ["marketplace"],
	answers: { ...BODY_REFUSALS, 404: MARKETPLACE_NOT_FOUND, 429: MARKETPLACE_TOO_MANY },
});

export const marketplaceRoutes = (rt: CarphacomRuntime) =>
	new Elysia({ name: "carphacom/marketplace" })
		.get(
			"/store/marketplace/products",
			({ request, query }) =>
				limited(rt, request, () => {
					const page = paginate([...rt.state.slice.listings.values()], query);
					return jsonResponse(200, { products: page.items.map(listingView), count: page.count, offset: page.offset, limit: page.limit });
				}),
			DESCRIBE_LIST,
		)
		.get(
			"/store/marketplace/products/:id",
			({ request, params }) =>
				limited(rt, request, () => {
					const listing = rt.state.slice.listings.get(params.id);
					if (!listing) throw coreError("ERR_NOT_FOUND", `Marketplace product with id: ${params.id} was not found`);
					return jsonResponse(200, { product: listingView(listing) });
				}),
			DESCRIBE_ONE,
		)
		// Unknown paths and methods under the prefix are counted too: the limit covers /store/marketplace/*.
		// The body parser runs first for a method with a body, so its refusals (BODY_REFUSALS) come uncounted.
		.all(
			"/store/marketplace/*",
			({ request }) =>
				limited(rt, request, () => {
					throw coreError("ERR_NOT_FOUND", `Cannot ${request.method} ${new URL(request.url).pathname}`);
				}),
			DESCRIBE_REST,
		);
