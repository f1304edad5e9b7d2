// Token steps the token checks share: a fresh user's access token, proved to open the profile route
// first, and the proof that --jwt-secret is the target's before a minted token's refusal means anything.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { decodeClaims, loggedIn, mintToken, PROFILE, profile } from "../flows.ts";

/** A fresh user's access token, checked to authenticate the profile route first. */
export const workingToken = async (ctx: CheckContext): Promise<string> => {
	const { session } = await loggedIn(ctx);
	ctx.expect.status(await profile(ctx, session.accessToken), 200, `GET ${PROFILE} with the untouched access token`);
	return session.accessToken;
};

/** Seed 003: "401 Unauthorized: Missing or invalid token". */
export const expectRefused = (ctx: CheckContext, reply: Reply, what: string): void => ctx.expect.status(reply, 401, `GET ${PROFILE} with ${what}`);

/**
 * Throws (an error, not a failure) unless `claims` signed HS256 with --jwt-secret open the profile
 * route: otherwise the secret is not the target's and a refusal of a minted token proves nothing.
 */
export const proveSecret = async (ctx: CheckContext, claims: Record<string, unknown>): Promise<void> => {
	const reply = await profile(ctx, await mintToken(ctx, claims));
	if (reply.status !== 200) throw new Error(`a login's claims re-signed HS256 with --jwt-secret got ${reply.status} on GET ${PROFILE}: is --jwt-secret the target's secret?`);
};

/** A login's access token re-signed with one claim changed is refused, once the secret is proved the target's. */
export const expectClaimRefused = async (ctx: CheckContext, claim: string, value: string): Promise<void> => {
	const { session } = await loggedIn(ctx);
	const claims = decodeClaims(session.accessToken) ?? {};
	await proveSecret(ctx, claims);
	expectRefused(ctx, await profile(ctx, await mintToken(ctx, { ...claims, [claim]: value })), `the claims with ${claim} "${value}"`);
};
