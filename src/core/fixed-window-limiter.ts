// A fixed-window rate limiter: at most `limit` requests per client in each window, the count
// starting again when the next window opens (ASP.NET Core's FixedWindowRateLimiter, which a
// contract may name for its policies). Unlike the sliding log (rate-limit.ts), a client
// costs one counter, not one time per request: on a route every request passes through, that is
// the difference between a Map update and a log to keep.
//
// Windows are aligned to the clock (multiples of `windowMs` since the epoch), where ASP.NET starts
// each client's at its first request: when the count starts again differs, never how many pass in
// a window (a reference choice, written in the README of each profile that uses this).
//
// Memory is bounded whatever keys arrive (DESIGN.md, "Bounded memory"): at most `maxKeys` counters,
// keys of at most MAX_KEY_LENGTH characters (a longer one is counted in one shared bucket), and a
// ring of the keys in the order they were first counted, so that a full limiter drops the oldest
// in O(1). Every counter goes when the window ends. Framework-free: `now` comes from the caller.
import { boundedKey, checkLimiterOptions, MAX_KEY_LENGTH, type RateLimitDecision, type RateLimiterOptions } from "./rate-limit.ts";

/**
 * Bytes one counter may cost besides its key: its Map entry and its ring slot. Bun 1.4
 * (JavaScriptCore) measures about 175 B per client in all, an IPv4 key included
 * (test/rate-limit-memory.test.ts), against 248 B allowed.
 */
const PER_KEY_OVERHEAD_BYTES = 120;

/** The most heap a limiter with these options may hold, in bytes: every key at its longest. */
export const fixedWindowMemoryBound = (options: RateLimiterOptions): number => options.maxKeys * (PER_KEY_OVERHEAD_BYTES + 2 * MAX_KEY_LENGTH);

export class FixedWindowLimiter {
	/** Requests counted in the current window, per client. */
	readonly #counts = new Map<string, number>();
	/** The keys of #counts in the order they were first counted; once full, a ring whose oldest is at #oldest. */
	readonly #order: string[] = [];
	#oldest = 0;
	#windowStart = Number.NEGATIVE_INFINITY;

	constructor(readonly options: RateLimiterOptions) {
		checkLimiterOptions(options);
	}

	/** Clients counted in the current window. */
	get size(): number {
		return this.#counts.size;
	}

	/** Counts a request by `key` at `now` (epoch ms) if its window has room, and says what the client may do next. */
	hit(rawKey: string, rawNow: number): RateLimitDecision {
		const { limit, windowMs } = this.options;
		const key = boundedKey(rawKey);
		const now = Math.floor(rawNow);
		this.#enter(now - (((now % windowMs) + windowMs) % windowMs));
		// Whole seconds until this window ends: when refused, the least wait after which a request passes.
		const resetSeconds = Math.ceil((this.#windowStart + windowMs - now) / 1000);
		const counted = this.#counts.get(key);
		if (counted === undefined) this.#remember(key);
		else if (counted >= limit) return { allowed: false, limit, remaining: 0, resetSeconds };
		const count = (counted ?? 0) + 1;
		this.#counts.set(key, count);
		return { allowed: true, limit, remaining: limit - count, resetSeconds };
	}

	clear(): void {
		this.#counts.clear();
		this.#order.length = 0;
		this.#oldest = 0;
	}

	/**
	 * Moves to the window starting at `start`. A later window forgets every count. An earlier one (a
	 * clock set back by /__control/clock, or a corrected system clock) keeps the counts, which then
	 * end with that window: no client waits more than one window, as in the sliding limiter.
	 */
	#enter(start: number): void {
		if (start > this.#windowStart) this.clear();
		this.#windowStart = start;
	}

	/** Adds `key` to the order; a full limiter first forgets the client it counted first in this window. */
	#remember(key: string): void {
		if (this.#order.length < this.options.maxKeys) {
			this.#order.push(key);
			return;
		}
		this.#counts.delete(this.#order[this.#oldest] as string);
		this.#order[this.#oldest] = key;
		this.#oldest = (this.#oldest + 1) % this.#order.length;
	}
}
