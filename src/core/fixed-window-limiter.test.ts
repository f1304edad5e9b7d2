import { describe, expect, test } from "bun:test";
import { FixedWindowLimiter, fixedWindowMemoryBound } from "./fixed-window-limiter.ts";
import type { RateLimitDecision, RateLimiterOptions } from "./rate-limit.ts";
import { limiterProperties, T0 } from "../../test/support/limiter-properties.ts";
import { announceSeed } from "../../test/properties/lib/seed.ts";

announceSeed();

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

	test("states a memory bound from its options", () => {
		expect(fixedWindowMemoryBound({ ...MINUTE, maxKeys: 100_000 })).toBe(100_000 * (120 + 128));
	});
});

limiterProperties("FixedWindowLimiter", limiter, {
	what: "the count-per-window model while it remembers every client",
	create: (limit, windowMs) => new ModelLimiter(limit, windowMs),
});
