// Password-reset tokens as Medusa ≥2.16 issues them (FACTS.md §A.0, §A.8; observed 08a–08f):
// an HS256 JWT `{entity_id, provider, actor_type, purpose:"reset", iat, exp, jti}` valid 900 s,
// single use (the jti is consumed on first use), and a newer request voids older unused tokens.
// Only a SHA-256 digest of the live jti is kept, one per (provider, entity_id).
import { BoundedMap } from "./bounded-map.ts";
import { toEpochSeconds } from "./clock.ts";
import { digestsEqual, sha256Hex } from "./digest.ts";
import { coreError, type GatecheckError, isGatecheckError } from "./errors.ts";
import type { TokenSigner } from "./tokens.ts";

export const RESET_TOKEN_TTL_SECONDS = 15 * 60;

export interface ResetTarget {
	entityId: string;
	provider: string;
	actorType: string;
}

/**
 * How reset tokens behave: Medusa ≥2.16 by default. Medusa 2.5–2.15 kept no record at all
 * (`stateless`): any well-signed, unexpired reset token worked, as often as wanted (FACTS.md §A.0).
 */
export interface ResetPolicy {
	ttlSeconds: number;
	singleUse: boolean;
	newerVoidsOlder: boolean;
	stateless: boolean;
}

export const MEDUSA_2_16_RESET_POLICY: ResetPolicy = {
	ttlSeconds: RESET_TOKEN_TTL_SECONDS,
	singleUse: true,
	newerVoidsOlder: true,
	stateless: false,
};

/** Tokens kept per identity when older ones stay valid; the oldest go first. */
const MAX_LIVE_PER_IDENTITY = 10;

interface LiveGrants {
	jtiDigests: string[];
	expiresAt: number;
}

const grantKey = (provider: string, entityId: string): string => `${provider}\u0000${entityId}`;

const invalid = (reason: string): GatecheckError => coreError("ERR_RESET_TOKEN_INVALID", reason);

export class ResetTokens {
	readonly #grants: BoundedMap<string, LiveGrants>;
	constructor(
		private readonly signer: TokenSigner,
		capacity: number,
		private readonly policy: ResetPolicy = MEDUSA_2_16_RESET_POLICY,
	) {
		this.#grants = new BoundedMap(capacity);
	}

	/**
	 * A new token for `target` when `known` (by default any earlier unused one stops working), else
	 * undefined. The token is signed either way so that a request for an unknown identity costs the
	 * same (contracts README, "No timing enumeration").
	 */
	async request(target: ResetTarget, known: boolean, now: number): Promise<string | undefined> {
		const jti = crypto.randomUUID();
		const { ttlSeconds } = this.policy;
		const token = await this.signer.sign(
			{ entity_id: target.entityId, provider: target.provider, actor_type: target.actorType, purpose: "reset" },
			{ now, ttlSeconds, trailing: { jti } },
		);
		const jtiDigest = await sha256Hex(jti);
		if (!known) return undefined;
		if (this.policy.stateless) return token;
		const key = grantKey(target.provider, target.entityId);
		const kept = this.policy.newerVoidsOlder ? [] : (this.#grants.get(key, now)?.jtiDigests ?? []);
		// The grant ends when the token's `exp` does (whole seconds), not a fraction of a second later.
		const expiresAt = (toEpochSeconds(now) + ttlSeconds) * 1000;
		this.#grants.set(key, { jtiDigests: [...kept, jtiDigest].slice(-MAX_LIVE_PER_IDENTITY), expiresAt }, now);
		return token;
	}

	/**
	 * Checks `token` for `actorType` and uses it up. A token for another actor type is refused
	 * without being consumed (observed 08f); every other check happens before consumption, so a
	 * refused token stays as it was.
	 */
	async consume(token: string | undefined, actorType: string, now: number): Promise<ResetTarget> {
		if (!token) throw invalid("no token");
		const claims = await this.signer.verify(token, now).catch((error: unknown) => {
			throw isGatecheckError(error) ? invalid(error.message) : error;
		});
		const { entity_id: entityId, provider, actor_type: tokenActor, purpose, jti } = claims;
		if (purpose !== "reset" || typeof jti !== "string") throw invalid("not a reset token");
		if (typeof entityId !== "string" || typeof provider !== "string") throw invalid("no entity_id");
		if (tokenActor !== actorType) throw invalid("issued for another actor type");
		if (this.policy.stateless) return { entityId, provider, actorType };
		const grants = this.#grants.get(grantKey(provider, entityId), now);
		const digest = await sha256Hex(jti);
		const index = grants?.jtiDigests.findIndex((live) => digestsEqual(live, digest)) ?? -1;
		if (!grants || index === -1) throw invalid("used, replaced, or never issued");
		if (this.policy.singleUse) grants.jtiDigests.splice(index, 1);
		return { entityId, provider, actorType };
	}
}
