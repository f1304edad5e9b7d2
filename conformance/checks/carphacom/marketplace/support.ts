// Steps the marketplace checks share: a client with an address of its own, bursts until the first
// 429, and readers for Retry-After and the RateLimit fields.
//
// Checks run a few at a time and the limit is per client address, so each marketplace check sends
// from a loopback address of its own (127.x.y.z, derived from the run's unique names) when the
// target can be reached so (the source-addresses capability: a plain-http loopback target);
// otherwise from the kit's one address, where other marketplace checks of the run may have spent
// part of the same minute, and the checks say what they can still conclude.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";

export const PRODUCTS = "/store/marketplace/products";
/** Seed 000: "Rate limited per IP (60 requests/minute)." */
export const LIMIT = 60;
export const WINDOW_SECONDS = 60;

const fnv1a = (text: string): number => {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
};

/** A loopback address no other check of this run (nor an earlier run) uses: never 127.0.0.1. */
export const ownLoopbackAddress = (ctx: CheckContext, label: string): string => {
	const hash = fnv1a(ctx.uniqueEmail(label));
	return `127.${(hash >>> 16) & 255}.${(hash >>> 8) & 255}.${2 + ((hash & 255) % 253)}`;
};

/** An address in 198.18.0.0/15 (RFC 2544 benchmarking, never a real client) to spoof in headers. */
export const spoofedAddress = (ctx: CheckContext, label: string): string => {
	const hash = fnv1a(ctx.uniqueEmail(label));
	return `198.${18 + ((hash >>> 16) & 1)}.${(hash >>> 8) & 255}.${1 + ((hash & 255) % 254)}`;
};

/** Sends marketplace requests as one client: no key, no cookies, from its own address when it can. */
export class MarketplaceClient {
	/** Whether the requests really come from `address` (the run has source-addresses). */
	readonly ownAddress: boolean;
	readonly address: string;

	constructor(
		private readonly ctx: CheckContext,
		label: string,
		/** Rate-limit checks see their 429s; other checks let the kit wait out a limit hit by the run's own pace. */
		private readonly retryOn429 = false,
	) {
		this.address = ownLoopbackAddress(ctx, label);
		this.ownAddress = ctx.can("source-addresses");
	}

	get(path = PRODUCTS, headers?: Record<string, string>): Promise<Reply> {
		return this.ctx.request({ path, headers, useJar: false, retryOn429: this.retryOn429, from: this.ownAddress ? this.address : undefined });
	}
}

export interface Burst {
	/** Requests answered 200 before the first refusal. */
	passed: number;
	refused?: Reply;
	last: Reply;
	elapsedMs: number;
}

/** GET /store/marketplace/products until the first 429, at most `max` times; anything but 200 or 429 fails. */
export const burstUntilRefused = async (ctx: CheckContext, client: MarketplaceClient, max = LIMIT + 1): Promise<Burst> => {
	const started = performance.now();
	let passed = 0;
	let last: Reply | undefined;
	for (let i = 0; i < max; i++) {
		last = await client.get();
		ctx.expect.status(last, [200, 429], `GET ${PRODUCTS}, request ${i + 1} of a burst`);
		if (last.status === 429) return { passed, refused: last, last, elapsedMs: performance.now() - started };
		passed++;
	}
	ctx.expect.that(last !== undefined, "a burst of no requests");
	return { passed, last, elapsedMs: performance.now() - started };
};

/** The burst's 429; fails when all its requests, sent within one minute, were answered 200. */
export const expectRefused = (ctx: CheckContext, burst: Burst): Reply => {
	const sent = burst.passed + (burst.refused ? 1 : 0);
	ctx.expect.that(burst.elapsedMs < WINDOW_SECONDS * 1000, `${sent} requests took ${Math.round(burst.elapsedMs / 1000)} s, more than the window: the target is too slow to test its limit`);
	ctx.expect.that(burst.refused !== undefined, `${sent} requests to ${PRODUCTS} within ${(burst.elapsedMs / 1000).toFixed(1)} s were all answered 200: no 429 (at most ${LIMIT} a minute per IP)`, {
		expected: `429 by request ${LIMIT + 1}`,
		actual: burst.last.status,
		exchange: burst.last.exchange,
	});
	return burst.refused;
};

/** Spends the client's minute: a burst that must end in a 429 by the 61st request. */
export const exhaust = async (ctx: CheckContext, client: MarketplaceClient): Promise<Reply> =>
	expectRefused(ctx, await burstUntilRefused(ctx, client));

/**
 * The seconds Retry-After asks to wait: delay-seconds, or an HTTP-date against the answer's Date
 * (RFC 9110 §10.2.3). Fails when it is missing or neither.
 */
export const retryAfterSeconds = (ctx: CheckContext, reply: Reply): number => {
	const value = reply.headers.get("retry-after")?.trim();
	ctx.expect.that(value !== undefined, "the 429 has no Retry-After header (seed 000: \"Back off per Retry-After header.\")", {
		expected: "Retry-After: <seconds>",
		actual: null,
		exchange: reply.exchange,
	});
	if (/^\d+$/.test(value)) return Number(value);
	const at = Date.parse(value);
	const date = Date.parse(reply.headers.get("date") ?? "");
	ctx.expect.that(Number.isFinite(at) && Number.isFinite(date), `Retry-After ${JSON.stringify(value)} is neither delay-seconds nor an HTTP-date with a Date header to count from`, {
		actual: value,
		exchange: reply.exchange,
	});
	return Math.max(0, Math.ceil((at - date) / 1000));
};

export interface StructuredItem {
	name: string;
	params: Record<string, string>;
}

/**
 * A List of String Items with parameters (RFC 9651 §3.1), as RateLimit-Policy and RateLimit are
 * (draft-ietf-httpapi-ratelimit-headers-11 §3, §4); undefined when the value is not one.
 */
export const parseItems = (value: string | null): StructuredItem[] | undefined => {
	if (value === null) return undefined;
	const items: StructuredItem[] = [];
	const ITEM = /\s*"((?:[^"\\]|\\.)*)"((?:\s*;\s*[a-z*][a-z0-9_.*-]*(?:=(?:"(?:[^"\\]|\\.)*"|:[^:]*:|[^;,\s]+))?)*)\s*(,|$)/gy;
	let match: RegExpExecArray | null;
	while (ITEM.lastIndex < value.length && (match = ITEM.exec(value)) !== null) {
		const params: Record<string, string> = {};
		for (const param of (match[2] ?? "").split(";").slice(1)) {
			const text = param.trim();
			const equals = text.indexOf("=");
			if (equals < 0) params[text] = "?1";
			else params[text.slice(0, equals)] = text.slice(equals + 1);
		}
		items.push({ name: (match[1] ?? "").replace(/\\(.)/g, "$1"), params });
		if (match[3] === "") break;
	}
	return items.length > 0 && ITEM.lastIndex >= value.length ? items : undefined;
};

/** A parameter that is a non-negative sf-integer, else undefined. */
export const integerParam = (item: StructuredItem | undefined, key: string): number | undefined => {
	const raw = item?.params[key];
	return raw !== undefined && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
};

/** The first `id` of the first list in a JSON body, to fetch one listing by. */
export const firstListedId = (body: unknown): string | undefined => {
	if (typeof body !== "object" || body === null) return undefined;
	for (const value of Object.values(body)) {
		const first: unknown = Array.isArray(value) ? value[0] : undefined;
		if (typeof first === "object" && first !== null && typeof (first as { id?: unknown }).id === "string") return (first as { id: string }).id;
	}
	return undefined;
};
