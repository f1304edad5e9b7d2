// Publishable (`pk_`) and secret (`sk_`) API keys as Medusa v2 makes them: the prefix and 64 hex
// characters; `redacted` is the first 6 characters, `***`, and the last 3. A secret key is shown
// once at creation; only its SHA-256 digest is stored (a 256-bit random secret needs no slow hash).
import type { ApiKey, ApiKeyType } from "./store.ts";
import { sha256Hex } from "./digest.ts";
import { newId, randomHex } from "./ids.ts";

const redact = (token: string): string => `${token.slice(0, 6)}***${token.slice(-3)}`;

export interface NewApiKey {
	key: ApiKey;
	/** The full token: for a secret key, the only time it exists outside the client. */
	token: string;
}

export const createApiKey = async (
	input: { type: ApiKeyType; title: string; createdBy: string; salesChannelIds?: string[]; token?: string },
	now: number,
): Promise<NewApiKey> => {
	const token = input.token ?? `${input.type === "publishable" ? "pk" : "sk"}_${randomHex(32)}`;
	const key: ApiKey = {
		id: newId("apk", now),
		type: input.type,
		title: input.title,
		token: input.type === "publishable" ? token : null,
		secretDigest: input.type === "secret" ? await sha256Hex(token) : null,
		redacted: redact(token),
		salesChannelIds: input.salesChannelIds ?? [],
		createdBy: input.createdBy,
		createdAt: now,
		updatedAt: now,
		revokedAt: null,
		revokedBy: null,
	};
	return { key, token };
};

/** Revoked keys stop working at `revokedAt`; one revoked in the future still counts (FACTS.md §A.10). */
export const isKeyActive = (key: ApiKey, now: number): boolean => key.revokedAt === null || key.revokedAt > now;
