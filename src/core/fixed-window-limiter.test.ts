import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { FixedWindowLimiter, fixedWindowMemoryBound } from "./fixed-window-limiter.ts";
import { MAX_KEY_LENGTH, type RateLimitDecision, type RateLimiterOptions } from "./rate-limit.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

/** 2026-01-01T00:00:00Z: a whole minute, so that T0 opens a window. */
const T0 = 1_767_225_600_000;
const MINUTE = { limit: 100, windowMs: 60_000 };

const limiter = (options: Partial<RateLimiterOptions> = {}): FixedWindowLimiter => new FixedWindowLimiter({ ...MINUTE, maxKeys: 1_000, ...options });

/** The simplest correct fixed window: a count per (client, window number), kept for ever. */
class ModelLimiter {
	readonly #counts = new Map<string, number>();
	constructor(
		readonly limit: number,
		readonly windowMs: number,
	) {}
	hit(key: string, now: number): RateLimitDecision {
		const window = Math.floor(now / this.windowMs);
		const counted = this.#counts.get(`${window} ${key}`) ?? 0;
		const allowed = counted < this.limit;
		if (allowed) this.#counts.set(`${window} ${key}`, counted + 1);
		const resetSeconds = Math.ceil(((window + 1) * this.windowMs - now) / 1000);
		return { allowed, limit: this.limit, remaining: this.limit - counted - (allowed ? 1 : 0), resetSeconds };
	}
}

describe("FixedWindowLimiter", () => {
	test("refuses options that cannot work", () => {
		expect(() => limiter({ limit: 0 })).toThrow(RangeError);
		expect(() => limiter({ windowMs: 0 })).toThrow(RangeError);
		expect(() => limiter({ maxKeys: 0 })).toThrow(RangeError);
	});

	test("lets 100 through in a minute, refuses the 101st until the next minute opens, then 100 again", () => {
		const rl = limiter();
		const decisions = Array.from({ length: 101 }, (_, i) => rl.hit("127.0.0.1", T0 + 30_000 + i));
		expect(decisions.slice(0, 100).every((d) => d.allowed)).toBe(true);
		expect(decisions[0]).toEqual({ allowed: true, limit: 100, remaining: 99, resetSeconds: 30 });
		expect(decisions[100]).toEqual({ allowed: false, limit: 100, remaining: 0, resetSeconds: 30 });
		expect(rl.hit("127.0.0.1", T0 + 59_999)).toMatchObject({ allowed: false, resetSeconds: 1 });
		// Unlike the sliding log, the whole count leaves together when the window ends.
		for (let i = 0; i < 100; i++) expect(rl.hit("127.0.0.1", T0 + 60_000 + i).allowed).toBe(true);
		expect(rl.hit("127.0.0.1", T0 + 60_100).allowed).toBe(false);
	});

	test("counts each client apart", () => {
		const rl = limiter({ limit: 2 });
		expect([rl.hit("a", T0), rl.hit("a", T0), rl.hit("a", T0)].map((d) => d.allowed)).toEqual([true, true, false]);
		expect(rl.hit("b", T0).allowed).toBe(true);
	});

	test("a clock set back never leaves a client waiting more than one window", () => {
		const rl = limiter({ limit: 1 });
		rl.hit("a", T0 + 3_600_000);
		expect(rl.hit("a", T0 + 30_000)).toMatchObject({ allowed: false, resetSeconds: 30 });
		expect(rl.hit("a", T0 + 60_000).allowed).toBe(true);
	});

	test("a full limiter forgets the client it counted first, and the next window forgets them all", () => {
		const rl = limiter({ limit: 1, maxKeys: 3 });
		for (const key of ["a", "b", "c", "d"]) expect(rl.hit(key, T0).allowed).toBe(true);
		expect(rl.size).toBe(3);
		expect(rl.hit("a", T0).allowed).toBe(true);
		expect([rl.hit("c", T0), rl.hit("d", T0)].map((d) => d.allowed)).toEqual([false, false]);
		rl.hit("late", T0 + 60_000);
		expect(rl.size).toBe(1);
	});

	test("keys longer than any address share one bucket", () => {
		const rl = limiter({ limit: 1 });
		expect(rl.hit("x".repeat(MAX_KEY_LENGTH + 1), T0).allowed).toBe(true);
		expect(rl.hit("y".repeat(10_000), T0).allowed).toBe(false);
	});

	test("states a memory bound from its options", () => {
		expect(fixedWindowMemoryBound({ ...MINUTE, maxKeys: 100_000 })).toBe(100_000 * (120 + 128));
	});
});

/** Requests as (key index, milliseconds since the previous request): bursts and pauses, a few clients. */
const traffic = (keys: number, maxGapMs: number): fc.Arbitrary<Array<[number, number]>> =>
	fc.array(fc.tuple(fc.nat({ max: keys - 1 }), fc.oneof(fc.constant(0), fc.nat({ max: 50 }), fc.nat({ max: 2_000 }), fc.nat({ max: maxGapMs }))), {
		maxLength: 400,
	});

describe("FixedWindowLimiter properties", () => {
	test("decides exactly as the count-per-window model while it remembers every client: allowed, remaining and seconds to reset", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 130_000 }), traffic(3, 150_000), (limit, windowMs, requests) => {
				const rl = limiter({ limit, windowMs });
				const model = new ModelLimiter(limit, windowMs);
				let now = T0;
				for (const [key, gap] of requests) {
					now += gap;
					expect(rl.hit(`k${key}`, now)).toEqual(model.hit(`k${key}`, now));
				}
			}),
			{ seed, numRuns: 300 },
		);
	});

	test("a refused client passes after exactly Retry-After seconds, and not one second sooner", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10 }), traffic(1, 20_000), (limit, requests) => {
				const rl = limiter({ limit });
				let now = T0;
				for (const [, gap] of requests) {
					now += gap;
					const decision = rl.hit("a", now);
					expect(decision.resetSeconds).toBeGreaterThanOrEqual(1);
					expect(decision.resetSeconds).toBeLessThanOrEqual(60);
					if (decision.allowed) continue;
					const retryAt = now + decision.resetSeconds * 1000;
					if (decision.resetSeconds > 1) expect(rl.hit("a", retryAt - 1000).allowed).toBe(false);
					expect(rl.hit("a", retryAt).allowed).toBe(true);
					now = retryAt;
				}
			}),
			{ seed, numRuns: 300 },
		);
	});

	test("holds at most maxKeys clients whatever keys arrive", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.tuple(fc.string({ maxLength: 80 }), fc.nat({ max: 5_000 })), { maxLength: 300 }), (maxKeys, requests) => {
				const rl = limiter({ maxKeys });
				let now = T0;
				for (const [key, gap] of requests) {
					now += gap;
					rl.hit(key, now);
					expect(rl.size).toBeLessThanOrEqual(maxKeys);
				}
			}),
			{ seed, numRuns: 200 },
		);
	});
});
