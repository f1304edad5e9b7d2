// A rolling-window rate limiter: at most `limit` requests per client in ANY `windowMs` (seed 000:
// "Rate limited per IP (60 requests/minute)"). Each client keeps a sliding log of the times of its
// counted requests, so the rule holds exactly: a fixed window would let 2 × limit through across
// its edge, and a token bucket would only approximate it. Refused requests are not counted, so a
// client that waits Retry-After always gets through.
//
// Memory is bounded whatever keys arrive (DESIGN.md, "Bounded memory"): at most `maxKeys` logs, a
// log holds at most `limit` offsets of 2 (or 4) bytes in a fixed typed array, keys are short
// canonical addresses (`addressKey`), and a longer key is counted in one shared bucket. Logs are
// linked in the order of their last counted request, so idle logs (nothing left in the window) are
// at the head (while the clock moves forward) and are dropped in O(1) amortised; when the limiter is still full, the log
// whose newest request is oldest goes. (A list of its own, not the Map's insertion order: deleting
// from the front of a JavaScriptCore Map leaves holes every later iteration walks again.)
// Framework-free: `now` comes from the caller's clock.

export interface RateLimitPolicy {
	/** Requests counted in any window. */
	limit: number;
	windowMs: number;
}

export interface RateLimiterOptions extends RateLimitPolicy {
	/** The most clients remembered at once. */
	maxKeys: number;
}

export interface RateLimitDecision {
	allowed: boolean;
	limit: number;
	/** Requests the client may still make in the window, after this one. */
	remaining: number;
	/**
	 * Whole seconds until the oldest counted request leaves the window: when refused, the least
	 * wait after which a request passes (Retry-After, RFC 9110 §10.2.3); when allowed, how long
	 * `remaining` stays the most the client may use (the RateLimit field's `t`). At most the window.
	 */
	resetSeconds: number;
}

/** Keys longer than this (no IP address is) share one bucket, so a key costs a bounded number of bytes. */
export const MAX_KEY_LENGTH = 64;
export const OVERSIZED_KEY = "(oversized key)";

/** The key a limiter counts `rawKey` under: itself, or the shared bucket when it is longer than any address. */
export const boundedKey = (rawKey: string): string => (rawKey.length > MAX_KEY_LENGTH ? OVERSIZED_KEY : rawKey);

/** Throws a RangeError unless `limit`, `windowMs` and `maxKeys` are all positive integers: what every limiter takes. */
export const checkLimiterOptions = ({ limit, windowMs, maxKeys }: RateLimiterOptions): void => {
	if (!(Number.isSafeInteger(limit) && limit > 0)) throw new RangeError("limit must be a positive integer");
	if (!(Number.isSafeInteger(windowMs) && windowMs > 0)) throw new RangeError("windowMs must be a positive integer");
	if (!(Number.isSafeInteger(maxKeys) && maxKeys > 0)) throw new RangeError("maxKeys must be a positive integer");
};

/**
 * Bytes one remembered client may cost besides its offsets and key: its Map entry, the log object
 * with its list links, and its typed array's header. Bun 1.4 (JavaScriptCore) measures 410–460 B
 * per client in all (test/rate-limit-memory.test.ts), against 568 B allowed for 60 requests.
 */
const PER_KEY_OVERHEAD_BYTES = 320;

const bytesPerOffset = (windowMs: number): 2 | 4 => (windowMs <= 0xffff ? 2 : 4);

/** The most heap a limiter with these options may hold, in bytes: every key at its longest, every log full. */
export const rateLimiterMemoryBound = (options: RateLimiterOptions): number =>
	options.maxKeys * (PER_KEY_OVERHEAD_BYTES + options.limit * bytesPerOffset(options.windowMs) + 2 * MAX_KEY_LENGTH);

/** The times of one client's counted requests, oldest first, as offsets from `base` in a ring. */
class HitLog {
	/** Neighbours in the limiter's list, ordered by last counted request (oldest first). */
	prev: HitLog | undefined;
	next: HitLog | undefined;
	#base: number;
	#start = 0;
	#count = 0;
	readonly #offsets: Uint16Array | Uint32Array;

	constructor(
		readonly key: string,
		capacity: number,
		wide: boolean,
		now: number,
	) {
		this.#offsets = wide ? new Uint32Array(capacity) : new Uint16Array(capacity);
		this.#base = now;
	}

	get size(): number {
		return this.#count;
	}

	#at(index: number): number {
		return this.#base + (this.#offsets[(this.#start + index) % this.#offsets.length] ?? 0);
	}

	oldest(): number {
		return this.#at(0);
	}

	newest(): number {
		return this.#at(this.#count - 1);
	}

	/** Forgets the requests at or before `cutoff`: they have left the window. */
	dropUpTo(cutoff: number): void {
		while (this.#count > 0 && this.#at(0) <= cutoff) {
			this.#start = (this.#start + 1) % this.#offsets.length;
			this.#count--;
		}
	}

	/**
	 * A clock set back (/__control/clock, or a corrected system clock) must not leave requests "in
	 * the future", counted for longer than a window: they are moved to `now`.
	 */
	clampTo(now: number): void {
		if (this.#count === 0 || this.newest() <= now) return;
		this.#rewrite(Array.from({ length: this.#count }, (_, i) => Math.min(this.#at(i), now)), now);
	}

	/** Records a request at `now` (never earlier than the newest: see clampTo); the caller checked the capacity. */
	push(now: number): void {
		const max = this.#offsets instanceof Uint16Array ? 0xffff : 0xffffffff;
		if (now - this.#base > max) this.#rewrite(Array.from({ length: this.#count }, (_, i) => this.#at(i)), now);
		this.#offsets[(this.#start + this.#count) % this.#offsets.length] = now - this.#base;
		this.#count++;
	}

	/** Re-bases the offsets on the oldest time (or `now`): every live time is within one window of it. */
	#rewrite(times: number[], now: number): void {
		this.#base = times[0] ?? now;
		this.#start = 0;
		this.#count = times.length;
		times.forEach((time, i) => {
			this.#offsets[i] = time - this.#base;
		});
	}
}

export class SlidingWindowLimiter {
	readonly #logs = new Map<string, HitLog>();
	/** The logs in the order of their last counted request: idle ones gather at the head. */
	#head: HitLog | undefined;
	#tail: HitLog | undefined;
	readonly #wide: boolean;

	constructor(readonly options: RateLimiterOptions) {
		checkLimiterOptions(options);
		// Offsets into the window are stored in at most 32 bits.
		if (options.windowMs > 0xffffffff) throw new RangeError("windowMs must be a positive integer up to 2^32 − 1");
		this.#wide = bytesPerOffset(options.windowMs) === 4;
	}

	/** Clients remembered now (each with at least one request in its window, unless not yet swept). */
	get size(): number {
		return this.#logs.size;
	}

	/** Counts a request by `key` at `now` (epoch ms) if the window has room, and says what the client may do next. */
	hit(rawKey: string, rawNow: number): RateLimitDecision {
		const { limit, windowMs } = this.options;
		const key = boundedKey(rawKey);
		const now = Math.floor(rawNow);
		this.#sweep(now - windowMs);
		let log = this.#logs.get(key);
		log?.clampTo(now);
		log?.dropUpTo(now - windowMs);
		const counted = log?.size ?? 0;
		if (log && counted >= limit) return { allowed: false, limit, remaining: 0, resetSeconds: this.#resetSeconds(log, now) };
		if (log) this.#unlink(log);
		else {
			if (this.#logs.size >= this.options.maxKeys && this.#head) this.#forget(this.#head);
			log = new HitLog(key, limit, this.#wide, now);
			this.#logs.set(key, log);
		}
		log.push(now);
		this.#append(log);
		return { allowed: true, limit, remaining: limit - counted - 1, resetSeconds: this.#resetSeconds(log, now) };
	}

	clear(): void {
		this.#logs.clear();
		this.#head = this.#tail = undefined;
	}

	#resetSeconds(log: HitLog, now: number): number {
		const waitMs = log.oldest() + this.options.windowMs - now;
		return Math.min(Math.ceil(this.options.windowMs / 1000), Math.max(0, Math.ceil(waitMs / 1000)));
	}

	/** Drops the logs whose newest request is at or before `cutoff`: they count nothing any more. */
	#sweep(cutoff: number): void {
		while (this.#head && this.#head.newest() <= cutoff) this.#forget(this.#head);
	}

	/**
	 * Also how a full limiter makes room, from the head: the client whose newest request is oldest
	 * gets a fresh window. Only a sender from more than `maxKeys` addresses within one window can
	 * cause that, and such a sender already has maxKeys × limit requests a window.
	 */
	#forget(log: HitLog): void {
		this.#unlink(log);
		this.#logs.delete(log.key);
	}

	#unlink(log: HitLog): void {
		if (log.prev) log.prev.next = log.next;
		else this.#head = log.next;
		if (log.next) log.next.prev = log.prev;
		else this.#tail = log.prev;
		log.prev = log.next = undefined;
	}

	#append(log: HitLog): void {
		log.prev = this.#tail;
		if (this.#tail) this.#tail.next = log;
		else this.#head = log;
		this.#tail = log;
	}
}

const HEXTET = /^[0-9a-f]{1,4}$/;
const DOT = 0x2e;
const DIGIT_ZERO = 0x30;

/**
 * A dotted-quad IPv4 address (four parts of one to three digits, each at most 255) as its canonical
 * form, or undefined. Read a character at a time: every request of a rate-limited route comes
 * through here, and this is a quarter of the cost of a regular expression and its captures.
 */
const ipv4Key = (address: string): string | undefined => {
	const octets = [0, 0, 0, 0];
	let part = 0;
	let digits = 0;
	for (let i = 0; i < address.length; i++) {
		const code = address.charCodeAt(i);
		if (code === DOT) {
			if (digits === 0 || ++part > 3) return undefined;
			digits = 0;
			continue;
		}
		const digit = code - DIGIT_ZERO;
		if (digit < 0 || digit > 9 || ++digits > 3) return undefined;
		const octet = (octets[part] as number) * 10 + digit;
		if (octet > 255) return undefined;
		octets[part] = octet;
	}
	return part === 3 && digits > 0 ? `${octets[0]}.${octets[1]}.${octets[2]}.${octets[3]}` : undefined;
};

/** The eight hextets of an IPv6 address (no zone; a trailing dotted IPv4 part is read as two hextets), or undefined. */
const ipv6Hextets = (address: string): number[] | undefined => {
	const embedded = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
	const v4 = embedded?.[2] === undefined ? undefined : ipv4Key(embedded[2])?.split(".").map(Number);
	if (embedded && !v4) return undefined;
	const text = v4 ? `${embedded?.[1]}${((v4[0] ?? 0) * 256 + (v4[1] ?? 0)).toString(16)}:${((v4[2] ?? 0) * 256 + (v4[3] ?? 0)).toString(16)}` : address;
	const halves = text.toLowerCase().split("::");
	if (halves.length > 2) return undefined;
	const [head = [], tail] = halves.map((half) => (half === "" ? [] : half.split(":")));
	const groups = tail === undefined ? head : [...head, ...Array<string>(Math.max(0, 8 - head.length - tail.length)).fill("0"), ...tail];
	if (groups.length !== 8 || (tail !== undefined && head.length + tail.length > 7) || !groups.every((group) => HEXTET.test(group))) return undefined;
	return groups.map((group) => Number.parseInt(group, 16));
};

/**
 * The key a client address is counted under: an IPv4 address as itself (canonical; an IPv4-mapped
 * IPv6 address `::ffff:a.b.c.d` counts as a.b.c.d), an IPv6 address by its /64 network, since one
 * subscriber is given a whole /64 (RFC 6177 §2) and could otherwise rotate through 2^64 addresses
 * (express-rate-limit and Cloudflare group IPv6 clients the same way). Anything else (a forwarded
 * value that is no address) shares one bucket. Keys are fresh short strings, never slices of a
 * request's headers that would keep the whole header alive.
 */
export const addressKey = (address: string): string => {
	const trimmed = address.trim();
	const v4 = ipv4Key(trimmed);
	if (v4) return v4;
	// Brackets and a zone belong to IPv6 literals only (RFC 3986 §3.2.2, RFC 6874).
	const hextets = ipv6Hextets(trimmed.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
	if (!hextets) return "(not an address)";
	if (hextets.slice(0, 5).every((hextet) => hextet === 0) && hextets[5] === 0xffff)
		return [(hextets[6] ?? 0) >> 8, (hextets[6] ?? 0) & 255, (hextets[7] ?? 0) >> 8, (hextets[7] ?? 0) & 255].join(".");
	return `${hextets.slice(0, 4).map((hextet) => hextet.toString(16)).join(":")}::/64`;
};

/** Requests made in-process have no address: they share one bucket, so that a missing address limits rather than exempts. */
const NO_ADDRESS_KEY = "(no address)";

/** Who a per-client limit counts: the client's address as addressKey canonicalises it, or the one bucket of requests without one. */
export const clientRateKey = (ip: string | undefined): string => (ip === undefined ? NO_ADDRESS_KEY : addressKey(ip));
