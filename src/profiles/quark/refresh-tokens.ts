// Refresh tokens (FACTS.md §D: "opaque base64", not a JWT; their lifetime and route are reference
// choices, README). Each is 32 random bytes in base64url, kept only as its SHA-256 digest, and
// belongs to a family: the tokens one login begat by rotation. A refresh spends its token and
// answers the next of the family; a spent token presented again means two parties hold the family,
// so the whole family is revoked (OAuth 2.0 Security BCP, RFC 9700 §4.14.2). A password change
// revokes every family of the account, by moving its generation on.
//
// Bounded (DESIGN.md, "Bounded memory"): tokens and families are capped maps whose entries expire; a
// token whose family was dropped is refused, so the bound never lets a revoked token back in.
import { BoundedMap } from "../../core/bounded-map.ts";
import { sha256Hex } from "../../core/digest.ts";
import { randomUrlSafe } from "../../core/ids.ts";
import { quarkError } from "./errors.ts";

interface Grant {
	familyId: string;
	expiresAt: number;
	spent: boolean;
}

interface Family {
	accountId: string;
	/** The account's generation when the family began: a later password change ends it. */
	generation: number;
	/** When its newest token expires. */
	expiresAt: number;
	revoked: boolean;
}

export interface RefreshRules {
	ttlSeconds: number;
	rotate: boolean;
	spentRevokesFamily: boolean;
}

const TOKEN_BYTES = 32;

const invalid = () => quarkError("ERR_REFRESH_TOKEN_INVALID");

export class RefreshTokens {
	readonly #grants: BoundedMap<string, Grant>;
	readonly #families: BoundedMap<string, Family>;
	/** Account id → how many times its refresh tokens were all revoked; at most one entry per account. */
	readonly #generations = new Map<string, number>();

	constructor(capacity: number) {
		this.#grants = new BoundedMap(capacity);
		this.#families = new BoundedMap(capacity);
	}

	/** The first token of a new family, at a login. */
	async issue(accountId: string, now: number, ttlSeconds: number): Promise<string> {
		const { token, digest } = await newToken();
		const familyId = crypto.randomUUID();
		const expiresAt = now + ttlSeconds * 1000;
		this.#families.set(familyId, { accountId, generation: this.#generation(accountId), expiresAt, revoked: false }, now);
		this.#grants.set(digest, { familyId, expiresAt, spent: false }, now);
		return token;
	}

	/**
	 * The account `token` refreshes and the token to use next, or ERR_REFRESH_TOKEN_INVALID. Both
	 * digests are made first, so that checking and spending the old token happen with no await
	 * between them: of two concurrent refreshes with one token, the second finds it spent.
	 */
	async refresh(token: string, now: number, rules: RefreshRules): Promise<{ accountId: string; token: string }> {
		const [presented, next] = await Promise.all([sha256Hex(token), newToken()]);
		const grant = this.#grants.get(presented, now);
		const family = grant && this.#families.get(grant.familyId, now);
		if (!grant || !family || family.revoked || family.generation !== this.#generation(family.accountId)) throw invalid();
		if (grant.spent && rules.spentRevokesFamily) {
			family.revoked = true;
			throw invalid();
		}
		if (!rules.rotate) return { accountId: family.accountId, token };
		grant.spent = true;
		family.expiresAt = now + rules.ttlSeconds * 1000;
		// Set again, so that the family's place in the map follows its newest token.
		this.#families.set(grant.familyId, family, now);
		this.#grants.set(next.digest, { familyId: grant.familyId, expiresAt: family.expiresAt, spent: false }, now);
		return { accountId: family.accountId, token: next.token };
	}

	/** Revokes every family of the account, the live tokens and the spent ones alike. */
	revokeAccount(accountId: string): void {
		this.#generations.set(accountId, this.#generation(accountId) + 1);
	}

	#generation(accountId: string): number {
		return this.#generations.get(accountId) ?? 0;
	}
}

const newToken = async (): Promise<{ token: string; digest: string }> => {
	const token = randomUrlSafe(TOKEN_BYTES);
	return { token, digest: await sha256Hex(token) };
};
