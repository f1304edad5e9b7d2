// Why a token is refused, in words a storefront developer can act on ("token expired 3 minutes
// ago"), for the request journal (journal/). The routes only need "refused"; the journal says why,
// from the same signer's verification, so the reason is the one the route met.
import { decodeJwt } from "jose";
import prettyMilliseconds from "pretty-ms";
import { isGatecheckError } from "./errors.ts";
import { type Claims, claimsWhenReady, type TokenSigner } from "./tokens.ts";

export type TokenVerdict = { claims: Claims } | { problem: string };

/** "3 minutes", "1 day 2 hours": how long ago or ahead, to the two largest units. */
export const spanInWords = (ms: number): string => prettyMilliseconds(Math.abs(ms), { verbose: true, unitCount: 2, secondsDecimalDigits: 0 });

/** The token's claims, or what is wrong with it at `now`. */
export const tokenVerdict = async (signer: TokenSigner, token: string, now: number): Promise<TokenVerdict> => {
	try {
		return { claims: await claimsWhenReady(signer, token, now) };
	} catch (error) {
		return { problem: tokenProblem(error, token, now) };
	}
};

const tokenProblem = (error: unknown, token: string, now: number): string => {
	// jose checks the signature before any claim, so an expired token is one this server signed.
	if (isGatecheckError(error, "ERR_TOKEN_EXPIRED")) {
		const { exp } = decodeJwt(token);
		return typeof exp === "number" ? `token expired ${spanInWords(now - exp * 1000)} ago` : "token expired";
	}
	if (isGatecheckError(error, "ERR_TOKEN_SIGNATURE")) return "token signature does not verify (signed with another secret, or altered)";
	if (isGatecheckError(error, "ERR_TOKEN_ALGORITHM")) return "token algorithm not allowed (HS256 only)";
	if (isGatecheckError(error, "ERR_TOKEN_MALFORMED")) return "token is not a well-formed JWT";
	return `token refused: ${error instanceof Error ? error.message : String(error)}`;
};
