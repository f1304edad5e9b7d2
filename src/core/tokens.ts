// HS256 JWTs with explicit iat/exp, verified against the injected clock. HS256 is pinned on both
// sides: the key is an HMAC-SHA-256 CryptoKey and verification allows only "HS256" (STACK.md P9),
// so `alg: none`, HS384/HS512 and anything else are refused. The signature is checked before any
// claim is read (jose does this), and every failure keeps its reason as a code.
//
// Verified tokens are remembered (core/verified-tokens.ts): a storefront presents the same token on
// every request, and jose's verify (an async WebCrypto HMAC) is most of what a request costs.
import { errors, jwtVerify, SignJWT } from "jose";
import { toEpochSeconds } from "./clock.ts";
import { coreError, GatecheckError } from "./errors.ts";
import { VERIFIED_TOKENS_CAPACITY, VerifiedTokens } from "./verified-tokens.ts";
import type { Ready } from "./when-ready.ts";

export type Claims = Record<string, unknown>;

export interface TokenSigner {
	/** Signs `claims` (kept in their order) followed by `iat`, `exp` and any `trailing` claims. */
	sign(claims: Claims, options: { now: number; ttlSeconds: number; trailing?: Claims }): Promise<string>;
	/** The payload of a valid token, or a GatecheckError saying why it is not valid at `now`. */
	verify(token: string, now: number): Promise<Claims>;
	/**
	 * What `verify` would answer, at once, for a token this signer has verified before: its payload,
	 * or the GatecheckError of its time claims at `now`. Undefined when only `verify` can tell, so
	 * that a storefront's next request with the same token needs no promise (core/when-ready.ts).
	 */
	remembered(token: string, now: number): Claims | undefined;
}

/** A token's claims at once when the signer verified it before (TokenSigner.remembered), else once verified; a refusal throws or rejects as `verify` does. */
export const claimsWhenReady = (signer: TokenSigner, token: string, now: number): Ready<Claims> => signer.remembered(token, now) ?? signer.verify(token, now);

/** claimsWhenReady, with undefined where the token is refused, whatever the reason. */
export const claimsOrUndefined = (signer: TokenSigner, token: string, now: number): Ready<Claims | undefined> => {
	try {
		const remembered = signer.remembered(token, now);
		if (remembered !== undefined) return remembered;
	} catch {
		return undefined;
	}
	return signer.verify(token, now).catch(() => undefined);
};

export const importHmacKey = (secret: string): Promise<CryptoKey> =>
	crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
		"sign",
		"verify",
	]);

export const createTokenSigner = async (
	secret: string,
	options: { cacheCapacity?: number } = {},
): Promise<TokenSigner & { readonly cachedTokens: number }> => {
	const key = await importHmacKey(secret);
	const verified = new VerifiedTokens(options.cacheCapacity ?? VERIFIED_TOKENS_CAPACITY);
	return {
		get cachedTokens() {
			return verified.size;
		},
		async sign(claims, { now, ttlSeconds, trailing = {} }) {
			const iat = toEpochSeconds(now);
			// Claim order matters to byte-exact clients: payload first, then iat, exp (observed case 01),
			// then jti for reset tokens (observed case 08a).
			return new SignJWT({ ...claims, iat, exp: iat + ttlSeconds, ...trailing })
				.setProtectedHeader({ alg: "HS256", typ: "JWT" })
				.sign(key);
		},
		remembered: (token, now) => verified.claimsAt(token, now),
		async verify(token, now) {
			const remembered = verified.claimsAt(token, now);
			if (remembered !== undefined) return remembered;
			try {
				// `exp` is required: a token that never expires is refused even with a valid signature
				// (reference choice; RFC 8725 §3.10 asks verifiers to validate every claim they rely on).
				const { payload } = await jwtVerify(token, key, {
					algorithms: ["HS256"],
					currentDate: new Date(now),
					requiredClaims: ["exp"],
				});
				// base64url leaves spare bits in the last character of the signature; jose ignores them, so
				// three other characters there decode to the same MAC. Upstream (jws) compares the text, and so
				// does this: every one-character change to a token is a different, refused token.
				const signature = token.slice(token.lastIndexOf(".") + 1);
				if (Buffer.from(signature, "base64url").toString("base64url") !== signature)
					throw coreError("ERR_TOKEN_SIGNATURE", "signature is not canonical base64url");
				return verified.remember(token, payload as Claims);
			} catch (error) {
				throw toTokenError(error);
			}
		},
	};
};

const toTokenError = (error: unknown): GatecheckError => {
	if (error instanceof GatecheckError) return error;
	if (error instanceof errors.JWTExpired) return coreError("ERR_TOKEN_EXPIRED", "token expired");
	if (error instanceof errors.JWSSignatureVerificationFailed)
		return coreError("ERR_TOKEN_SIGNATURE", "signature does not verify");
	if (error instanceof errors.JOSEAlgNotAllowed) return coreError("ERR_TOKEN_ALGORITHM", "algorithm not allowed");
	if (error instanceof errors.JWTClaimValidationFailed) return coreError("ERR_TOKEN_CLAIMS", error.message);
	return coreError("ERR_TOKEN_MALFORMED", "not a well-formed JWT");
};
