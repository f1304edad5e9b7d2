// Every map keyed by client input has a cap and drops expired entries (DESIGN.md, "Bounded memory").
// When full, expired entries go first, then the oldest ones (Map keeps insertion order).

export interface Expiring {
	expiresAt: number;
}

export class BoundedMap<K, V extends Expiring> {
	readonly #entries = new Map<K, V>();
	constructor(readonly capacity: number) {
		if (!(capacity > 0)) throw new RangeError("capacity must be positive");
	}

	get size(): number {
		return this.#entries.size;
	}

	/** The live entry under `key`, or undefined; an expired entry is removed on the way. */
	get(key: K, now: number): V | undefined {
		const entry = this.#entries.get(key);
		if (entry && entry.expiresAt <= now) {
			this.#entries.delete(key);
			return undefined;
		}
		return entry;
	}

	/** The entries still live at `now`, oldest first, without removing the expired ones: a read for display. */
	liveValues(now: number): V[] {
		return [...this.#entries.values()].filter((entry) => entry.expiresAt > now);
	}

	set(key: K, value: V, now: number): void {
		this.#entries.delete(key);
		if (this.#entries.size >= this.capacity) this.#makeRoom(now);
		this.#entries.set(key, value);
	}

	delete(key: K): boolean {
		return this.#entries.delete(key);
	}

	clear(): void {
		this.#entries.clear();
	}

	#makeRoom(now: number): void {
		for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
		while (this.#entries.size >= this.capacity) {
			const oldest = this.#entries.keys().next();
			if (oldest.done) return;
			this.#entries.delete(oldest.value);
		}
	}
}
