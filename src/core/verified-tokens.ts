// The verified-token cache: tokens that passed jose's full verification, with their claims.
//
// Invariant: `claimsAt(token, now)` answers exactly what jose's verify would for a token it verified
// before: the same (frozen) claims, or the error of its time claims at `now` (nbf, then exp, with no
// tolerance), so moving the clock either way expires or revives it as it would uncached. The key is
// the whole token string, so a one-character change is a miss that jose verifies in full; only
// successes are kept, and a refusal is always decided by jose again. Bounded: the oldest goes first.
import { toEpochSeconds } from "./clock.ts";
import { deepFreeze } from "./deep-freeze.ts";
import { coreError } from "./errors.ts";
import type { Claims } from "./tokens.ts";

/**
 * How many verified tokens a signer remembers, under 1 KB each (the token text and its claims):
 * enough for the users of a storefront's test run, few enough to fill within seconds and then stay
 * the same size (bench/RESULTS.md, soak). A token past it is verified by jose, as every token was.
 */
export const VERIFIED_TOKENS_CAPACITY = 1024;

/** The largest time a Date holds (ECMA-262 TimeClip). */
const MAX_DATE_MS = 8.64e15;

/**
 * Tokens that passed jose's full verification, with the claims it returned (frozen: every request
 * presenting the token gets the same object). Bounded: when full, the oldest entry goes first.
 * Only successes are kept; a refusal is always decided by jose again.
 */
export class VerifiedTokens {
	/** Token → its frozen claims, whose exp (required, a number: jose checked) and nbf are read on each hit. */
	readonly #entries = new Map<string, Claims>();
	constructor(readonly capacity: number) {}

	/** The claims of a remembered token, checked against `now` as jose would; undefined if not remembered. */
	claimsAt(token: string, now: number): Claims | undefined {
		const claims = this.#entries.get(token);
		if (claims === undefined) return undefined;
		// jose's validateClaimsSet with no clock tolerance: nbf first, then exp, against
		// floor(new Date(now).getTime() / 1000); a `now` jose would refuse goes to jose.
		const seconds =
			Number.isInteger(now) && Math.abs(now) <= MAX_DATE_MS ? toEpochSeconds(now) : Math.floor(new Date(now).getTime() / 1000);
		if (!Number.isFinite(seconds)) return undefined;
		if (claims.nbf !== undefined && (claims.nbf as number) > seconds)
			throw coreError("ERR_TOKEN_CLAIMS", '"nbf" claim timestamp check failed');
		if ((claims.exp as number) <= seconds) throw coreError("ERR_TOKEN_EXPIRED", "token expired");
		return claims;
	}

	remember(token: string, claims: Claims): Claims {
		if (this.capacity <= 0) return claims;
		if (this.#entries.size >= this.capacity) this.#entries.delete(this.#entries.keys().next().value as string);
		this.#entries.set(token, deepFreeze(claims));
		return claims;
	}

	get size(): number {
		return this.#entries.size;
	}
}
