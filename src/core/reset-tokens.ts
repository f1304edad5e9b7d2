// Password-reset tokens as Medusa ≥2.16 issues them (FACTS.md §A.0, §A.8; observed 08a–08f):
// an HS256 JWT `{entity_id, provider, actor_type, purpose:"reset", iat, exp, jti}` valid 900 s,
// single use (the jti is consumed on first use), and a newer request voids older unused tokens.
// Only a SHA-256 digest of the live jti is kept, one per (provider, entity_id).
import { BoundedMap } from "./bounded-map.ts";
import { digestsEqual, sha256Hex } from "./digest.ts";
import { GatecheckError, isGatecheckError } from "./errors.ts";
import type { TokenSigner } from "./tokens.ts";

export const RESET_TOKEN_TTL_SECONDS = 15 * 60;

export interface ResetTarget {
	entityId: string;
	provider: string;
	actorType: string;
}

interface LiveGrant {
	jtiDigest: string;
	expiresAt: number;
}

const grantKey = (provider: string, entityId: string): string => `${provider}\u0000${entityId}`;

const invalid = (reason: string): GatecheckError => new GatecheckError("ERR_RESET_TOKEN_INVALID", reason);

export class ResetTokens {
	readonly #grants: BoundedMap<string, LiveGrant>;
	constructor(
		private readonly signer: TokenSigner,
		capacity: number,
	) {
		this.#grants = new BoundedMap(capacity);
	}

	/**
	 * A new token for `target` when `known` (any earlier unused one stops working), else undefined.
	 * The token is signed either way so that a request for an unknown identity costs the same
	 * (contracts README, "No timing enumeration").
	 */
	async request(target: ResetTarget, known: boolean, now: number): Promise<string | undefined> {
		const jti = crypto.randomUUID();
		const token = await this.signer.sign(
			{ entity_id: target.entityId, provider: target.provider, actor_type: target.actorType, purpose: "reset" },
			{ now, ttlSeconds: RESET_TOKEN_TTL_SECONDS, trailing: { jti } },
		);
		const grant = { jtiDigest: await sha256Hex(jti), expiresAt: now + RESET_TOKEN_TTL_SECONDS * 1000 };
		if (!known) return undefined;
		this.#grants.set(grantKey(target.provider, target.entityId), grant, now);
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
		const key = grantKey(provider, entityId);
		const grant = this.#grants.get(key, now);
		if (!grant || !digestsEqual(grant.jtiDigest, await sha256Hex(jti))) throw invalid("used, replaced, or never issued");
		this.#grants.delete(key);
		return { entityId, provider, actorType };
	}
}
