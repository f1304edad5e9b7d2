import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import {
	addressKey,
	MAX_KEY_LENGTH,
	type RateLimitDecision,
	rateLimiterMemoryBound,
	SlidingWindowLimiter,
} from "./rate-limit.ts";
import { limiterProperties, T0, traffic } from "../../test/support/limiter-properties.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const MINUTE = { limit: 60, windowMs: 60_000 };

const limiter = (options: Partial<ConstructorParameters<typeof SlidingWindowLimiter>[0]> = {}): SlidingWindowLimiter =>
	new SlidingWindowLimiter({ ...MINUTE, maxKeys: 1_000, ...options });

/** The simplest correct limiter: every counted time kept, counted again on each request. */
class ModelLimiter {
	readonly #times = new Map<string, number[]>();
	constructor(
		readonly limit: number,
		readonly windowMs: number,
	) {}
	hit(key: string, now: number): RateLimitDecision {
		const live = (this.#times.get(key) ?? []).filter((time) => time > now - this.windowMs);
		const allowed = live.length < this.limit;
		if (allowed) live.push(now);
		this.#times.set(key, live);
		const oldest = live[0] ?? now;
		const resetSeconds = Math.ceil((oldest + this.windowMs - now) / 1000);
		return { allowed, limit: this.limit, remaining: this.limit - live.length, resetSeconds };
	}
}

describe("SlidingWindowLimiter", () => {
	test("refuses options that cannot work", () => {
		expect(() => limiter({ limit: 0 })).toThrow(RangeError);
		expect(() => limiter({ windowMs: 0 })).toThrow(RangeError);
		expect(() => limiter({ windowMs: 2 ** 32 })).toThrow(RangeError);
		expect(() => limiter({ maxKeys: 0 })).toThrow(RangeError);
	});

	test("lets exactly 60 requests through in a minute, then answers with the seconds to wait", () => {
		const rl = limiter();
		const decisions = Array.from({ length: 61 }, (_, i) => rl.hit("127.0.0.1", T0 + i * 100));
		expect(decisions.slice(0, 60).every((d) => d.allowed)).toBe(true);
		expect(decisions[0]).toEqual({ allowed: true, limit: 60, remaining: 59, resetSeconds: 60 });
		expect(decisions[59]).toMatchObject({ allowed: true, remaining: 0 });
		// The first request (T0) leaves the window at T0 + 60 s; the 61st came at T0 + 6 s.
		expect(decisions[60]).toEqual({ allowed: false, limit: 60, remaining: 0, resetSeconds: 54 });
		expect(rl.hit("127.0.0.1", T0 + 59_999).allowed).toBe(false);
		expect(rl.hit("127.0.0.1", T0 + 60_000)).toMatchObject({ allowed: true, remaining: 0 });
	});

	test("rolls: no burst of 2 × limit across a minute's edge, as a fixed window would allow", () => {
		const rl = limiter();
		for (let i = 0; i < 60; i++) expect(rl.hit("a", T0 + 59_000 + i).allowed).toBe(true);
		// A fixed window starting at T0 + 60 s would open here; the rolling one keeps counting.
		expect(rl.hit("a", T0 + 60_500).allowed).toBe(false);
		expect(rl.hit("a", T0 + 119_000)).toMatchObject({ allowed: true, remaining: 0 });
	});

	test("counts each client apart", () => {
		const rl = limiter({ limit: 2 });
		expect([rl.hit("a", T0), rl.hit("a", T0), rl.hit("a", T0)].map((d) => d.allowed)).toEqual([true, true, false]);
		expect(rl.hit("b", T0).allowed).toBe(true);
	});

	test("keeps exact times across long runs (offsets re-based past 65 s)", () => {
		const rl = limiter({ limit: 3, windowMs: 10_000 });
		let now = T0;
		for (let round = 0; round < 50; round++) {
			for (let i = 0; i < 3; i++) expect(rl.hit("a", now + i * 1_000).allowed).toBe(true);
			expect(rl.hit("a", now + 9_999)).toMatchObject({ allowed: false, resetSeconds: 1 });
			now += 12_000 + round * 997;
		}
	});

	test("a clock set back never leaves a client waiting more than one window", () => {
		const rl = limiter({ limit: 1 });
		rl.hit("a", T0 + 3_600_000);
		const refused = rl.hit("a", T0);
		expect(refused).toMatchObject({ allowed: false, resetSeconds: 60 });
		expect(rl.hit("a", T0 + 60_000).allowed).toBe(true);
	});

	test("forgets idle clients and never holds more than maxKeys", () => {
		const rl = limiter({ maxKeys: 100 });
		for (let i = 0; i < 1_000; i++) rl.hit(`10.0.${i >> 8}.${i & 255}`, T0);
		expect(rl.size).toBe(100);
		rl.hit("late", T0 + 60_000);
		expect(rl.size).toBe(1);
	});

	test("states a memory bound from its options", () => {
		expect(rateLimiterMemoryBound({ ...MINUTE, maxKeys: 100_000 })).toBe(100_000 * (320 + 120 + 128));
		expect(rateLimiterMemoryBound({ limit: 5, windowMs: 300_000, maxKeys: 10 })).toBe(10 * (320 + 20 + 128));
	});
});

describe("SlidingWindowLimiter properties", () => {
	test("never allows more than `limit` requests of one client in any window", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10 }), traffic(2, 90_000), (limit, requests) => {
				const rl = limiter({ limit });
				const allowedAt = new Map<number, number[]>();
				let now = T0;
				for (const [key, gap] of requests) {
					now += gap;
					if (!rl.hit(`k${key}`, now).allowed) continue;
					const times = allowedAt.get(key) ?? [];
					times.push(now);
					allowedAt.set(key, times);
					// The window ending at this request holds at most `limit` allowed ones.
					expect(times.filter((time) => time > now - 60_000).length).toBeLessThanOrEqual(limit);
				}
			}),
			{ seed, numRuns: 300 },
		);
	});
});

limiterProperties("SlidingWindowLimiter", limiter, { what: "the keep-every-time model", create: (limit, windowMs) => new ModelLimiter(limit, windowMs) });

describe("addressKey", () => {
	test.each([
		["127.0.0.1", "127.0.0.1"],
		[" 10.0.0.1 ", "10.0.0.1"],
		["010.001.0.1", "10.1.0.1"],
		["::ffff:127.0.0.2", "127.0.0.2"],
		["[::ffff:7f00:3]", "127.0.0.3"],
		["2001:db8::1", "2001:db8:0:0::/64"],
		["2001:DB8:0:0:ffff::2", "2001:db8:0:0::/64"],
		["fe80::1%eth0", "fe80:0:0:0::/64"],
		["64:ff9b::192.0.2.33", "64:ff9b:0:0::/64"],
		["1.2.3.256", "(not an address)"],
		["1..2.3", "(not an address)"],
		["1.2.3.4.", "(not an address)"],
		["1234.1.1.1", "(not an address)"],
		["[1.2.3.4]", "(not an address)"],
		["1::2::3", "(not an address)"],
		["1:2:3:4:5:6:7::8", "(not an address)"],
		["unknown", "(not an address)"],
	])("%p counts as %p", (address, key) => {
		expect(addressKey(address)).toBe(key);
	});

	test("every key is short, whatever comes in", () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.ipV4(), fc.ipV6(), fc.ipV4Extended()), (address) => {
				expect(addressKey(address).length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
			}),
			{ seed, numRuns: 500 },
		);
	});

	test("four dot-separated numbers are an IPv4 address exactly when each has 1-3 digits and is at most 255", () => {
		const part = fc.oneof(fc.nat({ max: 999 }).map(String), fc.stringMatching(/^[0-9]{1,4}$/));
		fc.assert(
			fc.property(fc.array(part, { minLength: 3, maxLength: 5 }), (parts) => {
				const valid = parts.length === 4 && parts.every((p) => p.length <= 3 && Number(p) <= 255);
				expect(addressKey(parts.join("."))).toBe(valid ? parts.map(Number).join(".") : "(not an address)");
			}),
			{ seed, numRuns: 500 },
		);
	});

	test("any IPv6 address counts under its /64", () => {
		fc.assert(
			fc.property(fc.ipV6(), (address) => {
				const key = addressKey(address);
				// fast-check's IPv6 includes IPv4-mapped forms, which count as IPv4.
				expect(key.endsWith("::/64") || /^\d+\.\d+\.\d+\.\d+$/.test(key)).toBe(true);
			}),
			{ seed, numRuns: 500 },
		);
	});
});
