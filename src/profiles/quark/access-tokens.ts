// The access token (FACTS.md §D: HS256, `Jwt:Issuer` HeadlessEcommerceApi, `Jwt:Audience`
// HeadlessEcommerceClient, `ExpirationMinutes` 60). Its claims are the ones an ASP.NET Core
// implementer's JwtSecurityTokenHandler writes (reference choice): `sub` the account's GUID,
// `email`, `jti`, `role` (one string, or an array for several roles), then `iat`, `exp`, `nbf`,
// `iss`, `aud`. Verification is core's (core/tokens.ts: HS256 only, signature first, `exp` required,
// no clock skew), then the issuer and the audience, as ValidateIssuer and ValidateAudience do.
import { toEpochSeconds } from "../../core/clock.ts";
import type { Customer } from "../../core/store.ts";
import type { Claims } from "../../core/tokens.ts";
import { AUDIENCE, ISSUER } from "./policy.ts";
import type { QuarkRuntime } from "./runtime.ts";

export const issueAccessToken = (rt: QuarkRuntime, account: Customer, roles: readonly string[], now: number): Promise<string> =>
	rt.signer.sign(
		{ sub: account.id, email: account.email, jti: crypto.randomUUID(), role: roles.length === 1 ? roles[0] : roles },
		{ now, ttlSeconds: rt.policy.tokenTtlSeconds, trailing: { nbf: toEpochSeconds(now), iss: ISSUER, aud: AUDIENCE } },
	);

/** Whether verified claims were issued by this API for its clients (`aud` may be a list, RFC 7519 §4.1.3). */
export const issuedForUs = (rt: QuarkRuntime, claims: Claims): boolean => {
	const { checkIssuer, checkAudience } = rt.policy.accessTokens;
	const { iss, aud } = claims;
	return (!checkIssuer || iss === ISSUER) && (!checkAudience || aud === AUDIENCE || (Array.isArray(aud) && aud.includes(AUDIENCE)));
};

/** The roles a token states. */
export const rolesOf = (claims: Claims): readonly string[] => {
	const { role } = claims;
	if (typeof role === "string") return [role];
	return Array.isArray(role) ? role.filter((entry): entry is string => typeof entry === "string") : [];
};
