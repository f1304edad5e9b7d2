import { describe, expect, test } from "bun:test";
import { FixedWindowLimiter } from "./fixed-window-limiter.ts";
import { SlidingWindowLimiter } from "./rate-limit.ts";
import { RateLimiters } from "./rate-limiters.ts";

const MINUTE = { limit: 60, windowMs: 60_000 };

describe("RateLimiters", () => {
	test("keeps one limiter per name and kind, with the first policy given", () => {
		const limiters = new RateLimiters(10);
		const first = limiters.sliding("marketplace", MINUTE);
		expect(first).toBeInstanceOf(SlidingWindowLimiter);
		expect(limiters.sliding("marketplace", { limit: 1, windowMs: 1 })).toBe(first);
		expect(first.options).toEqual({ ...MINUTE, maxKeys: 10 });
		expect(limiters.sliding("other", MINUTE)).not.toBe(first);
		const fixed = limiters.fixed("marketplace", { limit: 5, windowMs: 1_000 });
		expect(fixed).toBeInstanceOf(FixedWindowLimiter);
		expect(limiters.fixed("marketplace", MINUTE)).toBe(fixed);
		expect(fixed.options).toEqual({ limit: 5, windowMs: 1_000, maxKeys: 10 });
	});
});
