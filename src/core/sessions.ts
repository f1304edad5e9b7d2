// Server-side sessions as plain data: an id, what the session authenticates, and when it ends.
// Upstream keeps the session's auth context as stored and never re-checks the token's exp inside it
// (FACTS.md §A.4), so a session lives exactly as long as its cookie: 10 h by default (observed 06, 12).
import { BoundedMap } from "./bounded-map.ts";
import type { Claims } from "./tokens.ts";
import { randomUrlSafe } from "./ids.ts";

export interface Session {
	id: string;
	authContext: Claims;
	createdAt: number;
	expiresAt: number;
}

export class SessionStore {
	readonly #sessions: BoundedMap<string, Session>;
	constructor(
		readonly ttlSeconds: number,
		capacity: number,
	) {
		this.#sessions = new BoundedMap(capacity);
	}

	create(authContext: Claims, now: number): Session {
		// 24 random bytes, like express-session's uid-safe ids.
		const session = { id: randomUrlSafe(24), authContext, createdAt: now, expiresAt: now + this.ttlSeconds * 1000 };
		this.#sessions.set(session.id, session, now);
		return session;
	}

	get(id: string, now: number): Session | undefined {
		return this.#sessions.get(id, now);
	}

	destroy(id: string): boolean {
		return this.#sessions.delete(id);
	}
}
