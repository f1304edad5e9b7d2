// The last exchanges, for GET /__control/requests: a ring of at most `capacity` entries (oldest out
// first), filtered as WireMock's request journal is, by method, path, status and position.
import type { JournalEntry } from "./entry.ts";

/** How many exchanges a server keeps: a storefront's session of clicking around, a few MB at most. */
export const JOURNAL_CAPACITY = 500;

export interface JournalFilter {
	method?: string;
	/** A path, or a prefix ending in `*` (`/store/*`). */
	path?: string;
	/** An exact status (`401`) or a class (`4xx`). */
	status?: string;
	/** Only entries with an id above this one: what arrived since the last poll. */
	after?: number;
	/** At most this many, the newest. */
	limit?: number;
}

/** A filter from GET /__control/requests's query, or what is wrong with it. */
export const journalFilter = (query: Record<string, string | undefined>): JournalFilter | string => {
	const count = (name: "after" | "limit"): number | undefined | string => {
		const text = query[name];
		if (text === undefined) return undefined;
		return /^\d{1,9}$/.test(text) ? Number(text) : `${name} must be a whole number, got "${text}"`;
	};
	const after = count("after");
	const limit = count("limit");
	if (typeof after === "string") return after;
	if (typeof limit === "string") return limit;
	if (query.status !== undefined && !/^([1-5]xx|[1-5]\d\d)$/i.test(query.status)) return `status must be a status (401) or a class (4xx), got "${query.status}"`;
	return { method: query.method, path: query.path, status: query.status, after, limit };
};

const pathMatches = (pattern: string, path: string): boolean =>
	pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

const statusMatches = (pattern: string, status: number): boolean =>
	/^[1-5]xx$/i.test(pattern) ? Math.floor(status / 100) === Number(pattern[0]) : String(status) === pattern;

export class RequestJournal {
	readonly #entries: JournalEntry[] = [];
	#lastId = 0;
	constructor(readonly capacity = JOURNAL_CAPACITY) {}

	/** The next entry's id, taken when the request arrives so ids follow arrival order. */
	nextId(): number {
		return ++this.#lastId;
	}

	/** Keeps `entry` in id order: a slow request (argon2) finishes after quicker ones that came later. */
	add(entry: JournalEntry): void {
		let at = this.#entries.length;
		while (at > 0 && (this.#entries[at - 1]?.id ?? 0) > entry.id) at--;
		this.#entries.splice(at, 0, entry);
		if (this.#entries.length > this.capacity) this.#entries.shift();
	}

	/** The entries `filter` selects, oldest first. */
	list(filter: JournalFilter = {}): JournalEntry[] {
		const selected = this.#entries.filter(
			(entry) =>
				(filter.method === undefined || entry.method === filter.method.toUpperCase()) &&
				(filter.path === undefined || pathMatches(filter.path, entry.path)) &&
				(filter.status === undefined || statusMatches(filter.status, entry.status)) &&
				(filter.after === undefined || entry.id > filter.after),
		);
		return filter.limit === undefined ? selected : selected.slice(-filter.limit);
	}

	clear(): void {
		this.#entries.length = 0;
	}
}
