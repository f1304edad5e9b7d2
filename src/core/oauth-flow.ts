// The two short-lived secrets of an OAuth 2.0 authorization-code login (RFC 6749 §4.1): the `state`
// a client keeps while its user is away at the provider (§10.12, login CSRF), and the `code` the
// provider hands back for one token exchange (§4.1.2). Both are kept in bounded maps on the
// injected clock, so that /__control/clock can show them expire.
import { BoundedMap } from "./bounded-map.ts";
import { randomHex, randomUrlSafe } from "./ids.ts";

/** The login a `state` was opened for: who started it, and where the provider sends the user back. */
export interface PendingLogin {
	provider: string;
	actorType: string;
	callbackUrl: string;
	expiresAt: number;
}

export interface StatePolicy {
	/** Random bytes in a state, hex-encoded: Medusa's `crypto.randomBytes(32)` (docs/upstream/medusa-v2-third-party-login.md §1). */
	bytes: number;
	/** Medusa's cache TTL for a state: 1200 s (§0). */
	ttlSeconds: number;
	/** A state is gone once read, whatever comes of the login (§0, `getState`). */
	singleUse: boolean;
}

/** Values kept under a random secret until they expire or, when single-use, are first read. */
class ShortLivedSecrets<Value> {
	readonly #live: BoundedMap<string, Value & { expiresAt: number }>;
	constructor(capacity: number) {
		this.#live = new BoundedMap(capacity);
	}

	keep(secret: string, value: Value, ttlSeconds: number, now: number): string {
		this.#live.set(secret, { ...value, expiresAt: now + ttlSeconds * 1000 }, now);
		return secret;
	}

	/** The live value under `secret`; a single-use secret is used up by the reading, whatever comes of it. */
	take(secret: string, singleUse: boolean, now: number): (Value & { expiresAt: number }) | undefined {
		const value = this.#live.get(secret, now);
		if (value && singleUse) this.#live.delete(secret);
		return value;
	}
}

export class LoginStates {
	readonly #pending: ShortLivedSecrets<Omit<PendingLogin, "expiresAt">>;
	constructor(capacity: number) {
		this.#pending = new ShortLivedSecrets(capacity);
	}

	/** A new state for `login`. */
	open(login: Omit<PendingLogin, "expiresAt">, policy: StatePolicy, now: number): string {
		return this.#pending.keep(randomHex(policy.bytes), login, policy.ttlSeconds, now);
	}

	/** The login `state` was opened for, if it is still pending; a single-use state is used up by the reading. */
	take(state: string, policy: StatePolicy, now: number): PendingLogin | undefined {
		return this.#pending.take(state, policy.singleUse, now);
	}
}

/** What a provider granted: for which client and redirect URI, as which of its accounts. */
export interface Grant<Account> {
	clientId: string;
	redirectUri: string;
	account: Account;
	expiresAt: number;
}

export interface CodePolicy {
	/** RFC 6749 §4.1.2: "A maximum authorization code lifetime of 10 minutes is RECOMMENDED." */
	ttlSeconds: number;
	/** RFC 6749 §4.1.2: "The client MUST NOT use the authorization code more than once." */
	singleUse: boolean;
}

export class AuthorizationCodes<Account> {
	readonly #grants: ShortLivedSecrets<Omit<Grant<Account>, "expiresAt">>;
	constructor(capacity: number) {
		this.#grants = new ShortLivedSecrets(capacity);
	}

	issue(grant: Omit<Grant<Account>, "expiresAt">, policy: CodePolicy, now: number): string {
		return this.#grants.keep(randomUrlSafe(32), grant, policy.ttlSeconds, now);
	}

	/**
	 * The account `code` was granted as, if it is live and was issued to this client for this
	 * redirect URI (RFC 6749 §4.1.3). A single-use code is spent by any attempt, right or wrong.
	 */
	redeem(code: string, clientId: string, redirectUri: string, policy: CodePolicy, now: number): Account | undefined {
		const grant = this.#grants.take(code, policy.singleUse, now);
		return grant && grant.clientId === clientId && grant.redirectUri === redirectUri ? grant.account : undefined;
	}
}
