// The admin panel's brute-force limit (FACTS.md §C, upstream `admin-panel/src/app/api/admin/auth/route.ts`):
// 5 failed logins per client IP within 5 minutes lock that IP out for 15 minutes. Framework-free and
// clock-free like src/core: every call takes `now`. Memory is bounded (DESIGN.md, "Bounded memory"):
// an entry lives until its window or its lockout ends, and the map holds at most `capacity` clients.
import { BoundedMap } from "../../core/bounded-map.ts";

export interface LockoutPolicy {
	maxFailures: number;
	windowMs: number;
	lockoutMs: number;
}

/** Upstream's MAX_ATTEMPTS, WINDOW_MS and LOCKOUT_MS. */
export const PANEL_LOCKOUT: LockoutPolicy = { maxFailures: 5, windowMs: 5 * 60_000, lockoutMs: 15 * 60_000 };

/** Clients remembered at once; past it the oldest entries go first (an expired one before any). */
export const PANEL_LOCKOUT_CAPACITY = 10_000;

interface Attempts {
	count: number;
	lockedUntil: number | null;
	/** The end of the window (5 minutes after the first failure), or of the lockout once there is one. */
	expiresAt: number;
}

export class LoginLockout {
	readonly #attempts: BoundedMap<string, Attempts>;

	constructor(
		readonly policy: LockoutPolicy = PANEL_LOCKOUT,
		capacity = PANEL_LOCKOUT_CAPACITY,
	) {
		this.#attempts = new BoundedMap(capacity);
	}

	get size(): number {
		return this.#attempts.size;
	}

	/**
	 * Whole seconds until `client` may try again, or 0 when it may try now. As upstream, the lockout
	 * starts at the first attempt after the limit was reached within the window, and then lasts its
	 * full 15 minutes (so the first 429 says 900 seconds).
	 */
	retryAfterSeconds(client: string, now: number): number {
		const attempts = this.#attempts.get(client, now);
		if (!attempts) return 0;
		if (attempts.lockedUntil === null) {
			if (attempts.count < this.policy.maxFailures) return 0;
			attempts.lockedUntil = now + this.policy.lockoutMs;
			attempts.expiresAt = attempts.lockedUntil;
		}
		return Math.ceil((attempts.lockedUntil - now) / 1000);
	}

	/**
	 * Counts a failure. The route counts each attempt before it checks the password and clears the
	 * count when the password was right, so that guesses sent all at once cannot slip past the limit
	 * while the first ones are still being hashed (upstream counts after the check, a race).
	 */
	recordFailure(client: string, now: number): void {
		const attempts = this.#attempts.get(client, now);
		if (attempts) {
			attempts.count++;
			return;
		}
		const fresh: Attempts = { count: 1, lockedUntil: null, expiresAt: now + this.policy.windowMs };
		this.#attempts.set(client, fresh, now);
	}

	/** A successful login forgets the client's failures (upstream's clearAttempts). */
	clear(client: string): void {
		this.#attempts.delete(client);
	}
}
