// The properties every rate limiter of src/core holds, whatever its window (the sliding log of
// rate-limit.ts, the fixed counter of fixed-window-limiter.ts): each limiter's tests run them once,
// with its own simplest-correct model, beside the properties only its kind of window has.
import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { MAX_KEY_LENGTH, type RateLimitDecision, type RateLimiterOptions } from "../../src/core/rate-limit.ts";
import { SEED } from "../properties/lib/seed.ts";

/** 2026-01-01T00:00:00Z: a whole minute, so that a fixed window opens at T0. */
export const T0 = 1_767_225_600_000;

const MINUTE_MS = 60_000;

export interface LimiterUnderTest {
	hit(key: string, now: number): RateLimitDecision;
	readonly size: number;
}

/** Requests as (key index, milliseconds since the previous request): bursts and pauses, a few clients. */
export const traffic = (keys: number, maxGapMs: number): fc.Arbitrary<Array<[number, number]>> =>
	fc.array(fc.tuple(fc.nat({ max: keys - 1 }), fc.oneof(fc.constant(0), fc.nat({ max: 50 }), fc.nat({ max: 2_000 }), fc.nat({ max: maxGapMs }))), {
		maxLength: 400,
	});

export interface LimiterModel {
	/** How the model decides, for the test's title. */
	what: string;
	create(limit: number, windowMs: number): { hit(key: string, now: number): RateLimitDecision };
}

/** `make` builds the limiter under test from options over its defaults (a minute's window, room for every key of these properties). */
export const limiterProperties = (name: string, make: (options: Partial<RateLimiterOptions>) => LimiterUnderTest, model: LimiterModel): void =>
	describe(`${name} properties`, () => {
		test(`decides exactly as ${model.what}: allowed, remaining and seconds to reset`, () => {
			fc.assert(
				fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 130_000 }), traffic(3, 150_000), (limit, windowMs, requests) => {
					const rl = make({ limit, windowMs });
					const reference = model.create(limit, windowMs);
					let now = T0;
					for (const [key, gap] of requests) {
						now += gap;
						expect(rl.hit(`k${key}`, now)).toEqual(reference.hit(`k${key}`, now));
					}
				}),
				{ seed: SEED, numRuns: 300 },
			);
		});

		test("a refused client passes after exactly Retry-After seconds, and not one second sooner", () => {
			fc.assert(
				fc.property(fc.integer({ min: 1, max: 10 }), traffic(1, 20_000), (limit, requests) => {
					const rl = make({ limit, windowMs: MINUTE_MS });
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
				{ seed: SEED, numRuns: 300 },
			);
		});

		test("always allows again once a whole window has passed", () => {
			fc.assert(
				fc.property(fc.integer({ min: 1, max: 10 }), traffic(3, 70_000), fc.nat({ max: 2 }), (limit, requests, key) => {
					const rl = make({ limit, windowMs: MINUTE_MS });
					let now = T0;
					for (const [k, gap] of requests) {
						now += gap;
						rl.hit(`k${k}`, now);
					}
					expect(rl.hit(`k${key}`, now + MINUTE_MS)).toMatchObject({ allowed: true, remaining: limit - 1 });
				}),
				{ seed: SEED, numRuns: 300 },
			);
		});

		test("keys longer than any address share one bucket", () => {
			const rl = make({ limit: 1 });
			expect(rl.hit("x".repeat(MAX_KEY_LENGTH + 1), T0).allowed).toBe(true);
			expect(rl.hit("y".repeat(10_000), T0).allowed).toBe(false);
		});

		test("holds at most maxKeys clients whatever keys arrive", () => {
			fc.assert(
				fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.tuple(fc.string({ maxLength: 80 }), fc.nat({ max: 5_000 })), { maxLength: 300 }), (maxKeys, requests) => {
					const rl = make({ maxKeys });
					let now = T0;
					for (const [key, gap] of requests) {
						now += gap;
						rl.hit(key, now);
						expect(rl.size).toBeLessThanOrEqual(maxKeys);
					}
				}),
				{ seed: SEED, numRuns: 200 },
			);
		});
	});
