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

export class LoginStates {
	readonly #pending: BoundedMap<string, PendingLogin>;
	constructor(capacity: number) {
		this.#pending = new BoundedMap(capacity);
	}

	/** A new state for `login`. */
	open(login: Omit<PendingLogin, "expiresAt">, policy: StatePolicy, now: number): string {
		const state = randomHex(policy.bytes);
		this.#pending.set(state, { ...login, expiresAt: now + policy.ttlSeconds * 1000 }, now);
		return state;
	}

	/** The login `state` was opened for, if it is still pending; a single-use state is used up by the reading. */
	take(state: string, policy: StatePolicy, now: number): PendingLogin | undefined {
		const login = this.#pending.get(state, now);
		if (login && policy.singleUse) this.#pending.delete(state);
		return login;
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
	readonly #grants: BoundedMap<string, Grant<Account>>;
	constructor(capacity: number) {
		this.#grants = new BoundedMap(capacity);
	}

	issue(grant: Omit<Grant<Account>, "expiresAt">, policy: CodePolicy, now: number): string {
		const code = randomUrlSafe(32);
		this.#grants.set(code, { ...grant, expiresAt: now + policy.ttlSeconds * 1000 }, now);
		return code;
	}

	/**
	 * The account `code` was granted as, if it is live and was issued to this client for this
	 * redirect URI (RFC 6749 §4.1.3). A single-use code is spent by any attempt, right or wrong.
	 */
	redeem(code: string, clientId: string, redirectUri: string, policy: CodePolicy, now: number): Account | undefined {
		const grant = this.#grants.get(code, now);
		if (grant && policy.singleUse) this.#grants.delete(code);
		return grant && grant.clientId === clientId && grant.redirectUri === redirectUri ? grant.account : undefined;
	}
}
