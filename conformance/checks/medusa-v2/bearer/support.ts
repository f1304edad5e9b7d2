// Token helpers for the bearer, expiry and refresh checks: forging tokens from a real one without
// the target's secret (alg none, another secret, one changed character), reading iat/exp, moving the clock.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { decodeClaims, me, mintToken, storeHeaders } from "../flows.ts";
import { freshCustomer } from "../register/support.ts";

import { timesOf } from "../../../kit/tokens.ts";

export { decodeHeader, resignedWith, setClockToSecond, strangerSecret, timesOf, withAlgNone } from "../../../kit/tokens.ts";

/** A fresh customer's login token, checked to authenticate GET /store/customers/me first. */
export const workingToken = async (ctx: CheckContext): Promise<string> => {
	const customer = await freshCustomer(ctx);
	ctx.expect.status(await me(ctx, customer.token), 200, "the untouched login token on GET /store/customers/me");
	return customer.token;
};

/**
 * A working login token's claims re-signed with --jwt-secret, exp an hour in the past: first the
 * same claims with their own times must work, which proves the secret is the target's.
 */
export const mintedExpiredToken = async (ctx: CheckContext): Promise<string> => {
	const token = await workingToken(ctx);
	const claims = decodeClaims(token) ?? {};
	const { iat, exp } = timesOf(ctx, token, "login token");
	const fresh = await mintToken(ctx, claims);
	ctx.expect.status(await me(ctx, fresh), 200, "a token minted with --jwt-secret and the login token's own iat/exp (is --jwt-secret the target's?)");
	return mintToken(ctx, { ...claims, iat: iat - (exp - iat) - 3600, exp: iat - 3600 });
};

/** GET /store/customers/me with this exact Authorization header (or none) and the publishable key. */
export const meWithAuthorization = (ctx: CheckContext, authorization: string | undefined): Promise<Reply> =>
	ctx.request({
		path: "/store/customers/me",
		headers: authorization === undefined ? storeHeaders(ctx) : { ...storeHeaders(ctx), authorization },
		useJar: false,
	});

/** The token lifetime the target should use: upstream's 1 day (observed 12), or the --token-ttl it was started with. */
export const expectedLifetime = (ctx: CheckContext): number => ctx.config.tokenTtlSeconds ?? 86_400;
