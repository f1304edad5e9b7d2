// The variable-binding layer: what the recording called X, the live server calls Y. Recorded ids,
// tokens, cookies, dates and reset-token jtis are bound the first time a comparison (or a setup
// step) sees both sides; the recording's run id inside e-mails becomes a live one, so the replay
// never depends on the literal strings of one recording run.
export type BindKind = "id" | "uuid" | "date" | "token" | "cookie" | "api-key" | "redacted" | "oauth-state";

/**
 * Ids, uuids and dates must map one to one for the whole run (the same customer keeps its id, its
 * created_at). Tokens and cookies may be re-bound: a recorded token can come back byte-identical
 * from a later exchange (observed 02: same second, same token), and the newest live one is as good.
 */
const REBINDABLE: ReadonlySet<BindKind> = new Set(["token", "cookie"]);

/** Kinds where two recorded values may not share one live value: records, and API keys with their redacted forms. */
const ONE_TO_ONE: ReadonlySet<BindKind> = new Set(["id", "api-key", "redacted", "oauth-state"]);

/** A fresh run id shaped like the recorded one (digit for digit, letter for letter), so case mapping stays exact. */
const liveRunId = (recorded: string): string => {
	const random = crypto.getRandomValues(new Uint8Array(recorded.length));
	return Array.from(recorded, (char, i) => {
		const byte = random[i] ?? 0;
		return /\d/.test(char) ? String(byte % 10) : "abcdefghijklmnopqrstuvwxyz"[byte % 26];
	}).join("");
};

export class Bindings {
	readonly #live = new Map<string, string>();
	readonly #recordedFor = new Map<string, string>();
	readonly #runIds = new Map<string, string>();
	readonly #resetTokensByJti = new Map<string, string>();

	/**
	 * @param liveLiterals recorded strings that stand for a fixture's value, such as the publishable
	 * key of the recording's database, with the live one.
	 * @param sameRecords recorded ids of one fixture record in two recording databases (the admin
	 * user of each oracle install), each with the id it is bound as.
	 */
	constructor(
		recordedRunIds: Iterable<string>,
		readonly liveLiterals: ReadonlyArray<readonly [string, string]> = [],
		readonly sameRecords: ReadonlyMap<string, string> = new Map(),
	) {
		for (const runId of new Set(recordedRunIds)) this.#runIds.set(runId, liveRunId(runId));
	}

	/**
	 * `text` with every recorded run id replaced by its live one, letter case kept, so that
	 * ORACLE-MWR5RW50@EXAMPLE.COM stays the upper-case variant of its address (observed 13).
	 */
	withLiveRunIds(text: string): string {
		let out = text;
		for (const [recorded, live] of this.#runIds)
			out = out.replace(new RegExp(recorded, "gi"), (match) =>
				Array.from(match, (char, i) => {
					const liveChar = live[i] ?? "";
					return char !== char.toLowerCase() ? liveChar.toUpperCase() : liveChar;
				}).join(""),
			);
		return out;
	}

	/** Binds `recorded` to `live`; returns why not when that contradicts an earlier binding. */
	bind(kind: BindKind, recordedAs: string, live: string): string | undefined {
		const recorded = this.sameRecords.get(recordedAs) ?? recordedAs;
		const key = `${kind}:${recorded}`;
		const reverseKey = `${kind}:${live}`;
		if (!REBINDABLE.has(kind)) {
			const earlier = this.#live.get(key);
			if (earlier !== undefined && earlier !== live) return `recorded ${kind} ${recorded} was live ${earlier} before`;
			const owner = this.#recordedFor.get(reverseKey);
			if (ONE_TO_ONE.has(kind) && owner !== undefined && owner !== recorded)
				return `live ${kind} ${live} already stands for recorded ${owner}`;
		}
		this.#live.set(key, live);
		this.#recordedFor.set(reverseKey, recorded);
		return undefined;
	}

	live(kind: BindKind, recorded: string): string | undefined {
		return this.#live.get(`${kind}:${this.sameRecords.get(recorded) ?? recorded}`);
	}

	/** Every binding of one kind, as [recorded, live]. */
	*entries(kind: BindKind): Generator<[string, string]> {
		const prefix = `${kind}:`;
		for (const [key, live] of this.#live) if (key.startsWith(prefix)) yield [key.slice(prefix.length), live];
	}

	/** Reset tokens reach the client only by mail, so the recording knows them by jti (observed 08a–08f). */
	bindResetToken(recordedJti: string, liveToken: string): void {
		this.#resetTokensByJti.set(recordedJti, liveToken);
	}

	resetTokenFor(recordedJti: unknown): string | undefined {
		return typeof recordedJti === "string" ? this.#resetTokensByJti.get(recordedJti) : undefined;
	}

	/** A recorded string as the live server would have it: a bound id, else the e-mail with live run ids. */
	liveValue(recorded: string): string {
		return this.live("id", recorded) ?? this.withLiveRunIds(recorded);
	}

	/** The live value a recorded fixture literal (the recording database's publishable key) stands for. */
	literal(recorded: string): string | undefined {
		return this.liveLiterals.find(([recordedLiteral]) => recordedLiteral === recorded)?.[1];
	}

	/** The publishable key, API keys, OAuth states, cookies, ids (an address in a path) and e-mails of a recorded header value or body, in live terms. */
	liveText(recorded: string): string {
		let out = recorded;
		for (const [recordedLiteral, liveLiteral] of this.liveLiterals) out = out.replaceAll(recordedLiteral, liveLiteral);
		for (const kind of ["api-key", "redacted", "oauth-state"] as const)
			for (const [recordedKey, liveKey] of this.entries(kind)) out = out.replaceAll(recordedKey, liveKey);
		for (const [recordedCookie, liveCookie] of this.entries("cookie")) out = out.replaceAll(recordedCookie, liveCookie);
		for (const [recordedId, liveId] of this.entries("id")) out = out.replaceAll(recordedId, liveId);
		for (const [alias, recordedId] of this.sameRecords) {
			const liveId = this.live("id", recordedId);
			if (liveId !== undefined) out = out.replaceAll(alias, liveId);
		}
		return this.withLiveRunIds(out);
	}
}
