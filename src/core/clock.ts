// The one place that reads the wall clock. Everything else takes `now` (epoch milliseconds) from a
// Clock read once per request, so that /__control/clock can move time for expiry checks.

export interface Clock {
	/** Current time in epoch milliseconds. */
	now(): number;
}

/** The real time. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * Real time shifted by an offset that can be moved forwards or set outright. Time keeps flowing
 * between moves, so a server under a shifted clock behaves like one running at another date.
 * Moves are rounded to whole milliseconds: times are integers everywhere (ids, dates, claims).
 */
export class ShiftableClock implements Clock {
	#offsetMs = 0;
	constructor(private readonly base: Clock = systemClock) {}

	now(): number {
		return this.base.now() + this.#offsetMs;
	}

	/** How far this clock is from its base (real time): 0 until moved, positive when ahead. */
	get offsetMs(): number {
		return this.#offsetMs;
	}

	advance(ms: number): void {
		this.#offsetMs += Math.round(ms);
	}

	setTo(epochMs: number): void {
		this.#offsetMs = Math.round(epochMs) - this.base.now();
	}

	reset(): void {
		this.#offsetMs = 0;
	}
}

/** A clock that only moves when told: for unit tests. */
export class ManualClock implements Clock {
	constructor(private epochMs: number) {}
	now(): number {
		return this.epochMs;
	}
	advance(ms: number): void {
		this.epochMs += ms;
	}
}

export const toEpochSeconds = (epochMs: number): number => Math.floor(epochMs / 1000);
