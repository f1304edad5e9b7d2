// The limiters' memory stays bounded whatever addresses arrive (issue 4: "The limiter's memory is
// bounded (expiry and a cap) whatever addresses arrive"): a flood of 1,000,000 distinct client
// addresses within one minute, and for the sliding log the worst case (every remembered client
// with a full window), each measured as heap growth after a full collection and held to the bound
// core/rate-limit.ts and core/fixed-window-limiter.ts state.
import { expect, test } from "bun:test";
import { DEFAULT_LIMITS } from "../src/core/state.ts";
import { FixedWindowLimiter, fixedWindowMemoryBound } from "../src/core/fixed-window-limiter.ts";
import { addressKey, type RateLimiterOptions, rateLimiterMemoryBound, SlidingWindowLimiter } from "../src/core/rate-limit.ts";

const OPTIONS: RateLimiterOptions = { limit: 60, windowMs: 60_000, maxKeys: DEFAULT_LIMITS.rateLimitKeys };
/** 2026-01-01T00:00:00Z: a whole minute, so that the fixed window holds the whole flood. */
const T0 = 1_767_225_600_000;
const MiB = 1024 * 1024;

const heapUsed = (): number => {
	Bun.gc(true);
	return process.memoryUsage().heapUsed;
};

/** 10.a.b.c for i < 2^24, as a socket would give it, through the key the marketplace uses. */
const clientAddress = (i: number): string => addressKey(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);

const report = (what: string, growthBytes: number, boundBytes: number): void =>
	console.log(`rate limiter: ${what}, ${(growthBytes / MiB).toFixed(1)} MiB heap growth (bound ${(boundBytes / MiB).toFixed(1)} MiB)`);

test("1,000,000 distinct clients in one minute cost no more than the stated bound", () => {
	const bound = rateLimiterMemoryBound(OPTIONS);
	const before = heapUsed();
	const limiter = new SlidingWindowLimiter(OPTIONS);
	const started = performance.now();
	// A thousand new addresses a millisecond: every one still inside its window at the end.
	let refused = 0;
	for (let i = 0; i < 1_000_000; i++) if (!limiter.hit(clientAddress(i), T0 + Math.floor(i / 1_000)).allowed) refused++;
	expect(refused).toBe(0);
	const seconds = (performance.now() - started) / 1000;
	const growth = heapUsed() - before;
	report(`1,000,000 keys in ${seconds.toFixed(1)} s, ${limiter.size.toLocaleString("en")} remembered`, growth, bound);
	expect(limiter.size).toBe(OPTIONS.maxKeys);
	expect(growth).toBeLessThan(bound);
	// A minute later the flood is gone at the next request.
	limiter.hit("203.0.113.1", T0 + 1_000 + OPTIONS.windowMs);
	expect(limiter.size).toBe(1);
}, 20_000);

test("the worst case, every remembered client with a full window, stays under the bound", () => {
	const bound = rateLimiterMemoryBound(OPTIONS);
	const before = heapUsed();
	const limiter = new SlidingWindowLimiter(OPTIONS);
	// Longest canonical keys (IPv6 /64 networks), each sending its 60 requests over the minute.
	const keys = Array.from({ length: OPTIONS.maxKeys }, (_, i) => addressKey(`2001:db8:${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}::1`));
	for (let round = 0; round < OPTIONS.limit; round++)
		for (const key of keys) limiter.hit(key, T0 + round * 900);
	keys.length = 0;
	const growth = heapUsed() - before;
	report(`${OPTIONS.maxKeys.toLocaleString("en")} keys × ${OPTIONS.limit} requests (worst case)`, growth, bound);
	expect(limiter.size).toBe(OPTIONS.maxKeys);
	expect(limiter.hit(addressKey("2001:db8:0:0::1"), T0 + 59_000)).toMatchObject({ allowed: false });
	expect(growth).toBeLessThan(bound);
}, 20_000);

test("the fixed-window limiter: 1,000,000 distinct clients in one window cost no more than its stated bound", () => {
	const bound = fixedWindowMemoryBound(OPTIONS);
	const before = heapUsed();
	const limiter = new FixedWindowLimiter(OPTIONS);
	let refused = 0;
	for (let i = 0; i < 1_000_000; i++) if (!limiter.hit(clientAddress(i), T0 + Math.floor(i / 1_000)).allowed) refused++;
	expect(refused).toBe(0);
	const growth = heapUsed() - before;
	report(`fixed window, 1,000,000 keys, ${limiter.size.toLocaleString("en")} remembered`, growth, bound);
	expect(limiter.size).toBe(OPTIONS.maxKeys);
	expect(growth).toBeLessThan(bound);
	// The next window forgets the flood at its first request.
	limiter.hit("203.0.113.1", T0 + OPTIONS.windowMs);
	expect(limiter.size).toBe(1);
}, 20_000);
