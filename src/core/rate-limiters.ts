// One limiter per named policy, created on first use, so that a profile keeps its own policies
// while /__control/reset (which rebuilds the State holding this) forgets every count. The first
// policy given for a name is the one kept.
import { FixedWindowLimiter } from "./fixed-window-limiter.ts";
import { type RateLimitPolicy, SlidingWindowLimiter } from "./rate-limit.ts";

export class RateLimiters {
	readonly #sliding = new Map<string, SlidingWindowLimiter>();
	readonly #fixed = new Map<string, FixedWindowLimiter>();
	constructor(readonly maxKeysEach: number) {}

	/** The policy's sliding-window limiter: at most `limit` requests in any `windowMs`. */
	sliding(name: string, policy: RateLimitPolicy): SlidingWindowLimiter {
		return this.#kept(this.#sliding, name, () => new SlidingWindowLimiter({ ...policy, maxKeys: this.maxKeysEach }));
	}

	/** The policy's fixed-window limiter: at most `limit` requests in each clock-aligned `windowMs`. */
	fixed(name: string, policy: RateLimitPolicy): FixedWindowLimiter {
		return this.#kept(this.#fixed, name, () => new FixedWindowLimiter({ ...policy, maxKeys: this.maxKeysEach }));
	}

	#kept<L>(limiters: Map<string, L>, name: string, create: () => L): L {
		let limiter = limiters.get(name);
		if (!limiter) {
			limiter = create();
			limiters.set(name, limiter);
		}
		return limiter;
	}
}
