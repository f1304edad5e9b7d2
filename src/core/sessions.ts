// Server-side sessions as plain data: an id, what the session authenticates, and when it ends.
// Upstream keeps the session's auth context as stored and never re-checks the token's exp inside it
// (FACTS.md §A.4), so a session lives exactly as long as its cookie: 10 h by default (observed 06, 12).
import { BoundedMap } from "./bounded-map.ts";
import { deepFreeze } from "./deep-freeze.ts";
import type { Claims } from "./tokens.ts";
import { randomUrlSafe } from "./ids.ts";

export interface Session {
	id: string;
	authContext: Claims;
	createdAt: number;
	expiresAt: number;
}

/** Distinct nested values (an identity's app_metadata, an empty user_metadata, …) known for sharing. */
export const SHARED_VALUES_CAPACITY = 16_384;

/**
 * Auth contexts as sessions keep them: a frozen copy with the same keys in the same order, whose
 * nested objects are shared with every other session holding an equal one. Sessions of one identity
 * differ only in iat/exp, so a million of them would otherwise hold a million copies of the same
 * app_metadata (about a third of a session's memory, bench/RESULTS.md). The same context object (the
 * verified-token cache hands one out per token) gets the same copy. Contexts are JSON (a token's
 * claims), so a nested value is known by its JSON text, and the shared copy is parsed from that text.
 */
class SharedContexts {
	readonly #copies = new WeakMap<Claims, Claims>();
	// Held weakly: a value no session holds any more is collected and its entry goes with it, so the
	// table follows the live sessions (a soak that logs everyone out leaves it empty).
	readonly #nested = new Map<string, WeakRef<object>>();
	readonly #forget = new FinalizationRegistry<string>((text) => {
		if (this.#nested.get(text)?.deref() === undefined) this.#nested.delete(text);
	});
	constructor(readonly capacity: number) {}

	compact(context: Claims): Claims {
		const known = this.#copies.get(context);
		if (known !== undefined) return known;
		const copy = Object.freeze(Object.fromEntries(Object.entries(context).map(([key, value]) => [key, this.#share(value)])));
		this.#copies.set(context, copy);
		return copy;
	}

	get size(): number {
		return this.#nested.size;
	}

	#share(value: unknown): unknown {
		if (typeof value !== "object" || value === null) return value;
		const text = JSON.stringify(value);
		const known = this.#nested.get(text)?.deref();
		if (known !== undefined) return known;
		const shared = deepFreeze(JSON.parse(text) as object);
		// Bounded: when full, a new value is kept by its session alone until entries are collected.
		if (this.#nested.size < this.capacity || this.#nested.has(text)) {
			this.#nested.set(text, new WeakRef(shared));
			this.#forget.register(shared, text);
		}
		return shared;
	}
}

export class SessionStore {
	readonly #sessions: BoundedMap<string, Session>;
	readonly #contexts: SharedContexts;
	constructor(
		readonly ttlSeconds: number,
		capacity: number,
		sharedValues = SHARED_VALUES_CAPACITY,
	) {
		this.#sessions = new BoundedMap(capacity);
		this.#contexts = new SharedContexts(sharedValues);
	}

	/** How many distinct nested values the sessions share right now (bounded by `sharedValues`). */
	get sharedValues(): number {
		return this.#contexts.size;
	}

	/** A new session for `authContext` (JSON data: a token's claims), which it keeps as a frozen copy. */
	create(authContext: Claims, now: number): Session {
		// 24 random bytes, like express-session's uid-safe ids.
		const session = {
			id: randomUrlSafe(24),
			authContext: this.#contexts.compact(authContext),
			createdAt: now,
			expiresAt: now + this.ttlSeconds * 1000,
		};
		this.#sessions.set(session.id, session, now);
		return session;
	}

	get(id: string, now: number): Session | undefined {
		return this.#sessions.get(id, now);
	}

	/** The sessions live at `now`, oldest first; reading them changes none (the /__ui page shows them). */
	listLive(now: number): Session[] {
		return this.#sessions.liveValues(now);
	}

	/** The same session holding `authContext` instead, its lifetime starting again at `now`. */
	replaceContext(session: Session, authContext: Claims, now: number): Session {
		const replaced = { ...session, authContext: this.#contexts.compact(authContext), expiresAt: now + this.ttlSeconds * 1000 };
		this.#sessions.set(session.id, replaced, now);
		return replaced;
	}

	destroy(id: string): boolean {
		return this.#sessions.delete(id);
	}
}
