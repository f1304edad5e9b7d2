// Who calls (seed 003: "401 Unauthorized: Missing or invalid token"; "403 Forbidden: Valid token
// but insufficient permissions"). A bearer access token must verify (access-tokens.ts) and name an
// account that can still act; the protected storefront routes also want the Customer role, as
// [Authorize(Roles = "Customer")] does, from the token's own role claim. The answer is a value, not
// a promise, for a token the signer has verified before (core/when-ready.ts), which keeps GET
// /api/storefront/profile synchronous.
import { type Claims, claimsWhenReady } from "../../core/tokens.ts";
import { coreError } from "../../core/errors.ts";
import { type Ready, whenReady } from "../../core/when-ready.ts";
import { bearerToken } from "../../http/credentials.ts";
import { type ActiveAccount, activeAccount } from "./accounts.ts";
import { issuedForUs, rolesOf } from "./access-tokens.ts";
import { quarkError } from "./errors.ts";
import { CUSTOMER_ROLE } from "./policy.ts";
import type { QuarkRuntime } from "./runtime.ts";

export interface Caller extends ActiveAccount {
	/** The roles its token states. */
	roles: readonly string[];
}

const callerOf = (rt: QuarkRuntime, claims: Claims): Caller => {
	const account = issuedForUs(rt, claims) ? activeAccount(rt, claims.sub) : undefined;
	if (!account) throw coreError("ERR_TOKEN_CLAIMS", "not a token of this API for an active account");
	return { ...account, roles: rolesOf(claims) };
};

/** The caller of a request with a bearer token, or the 401: ERR_NOT_AUTHENTICATED without one, a token error for a bad one. */
export const authenticate = (rt: QuarkRuntime, request: Request, now: number): Ready<Caller> => {
	const token = bearerToken(request.headers.get("authorization"));
	if (token === undefined) throw quarkError("ERR_NOT_AUTHENTICATED");
	return whenReady(claimsWhenReady(rt.signer, token, now), (claims) => callerOf(rt, claims));
};

/** The caller when the request sends a bearer token (a bad one is the 401), else undefined: anonymous. */
export const optionalCaller = (rt: QuarkRuntime, request: Request, now: number): Ready<Caller | undefined> =>
	bearerToken(request.headers.get("authorization")) === undefined ? undefined : authenticate(rt, request, now);

/** The caller, who must have the Customer role: a valid token without it is the 403. */
export const requireCustomer = (rt: QuarkRuntime, request: Request, now: number): Ready<Caller> =>
	whenReady(authenticate(rt, request, now), (caller) => {
		const { checkRole, lackingRoleStatus } = rt.policy.authorization;
		if (checkRole && !caller.roles.includes(CUSTOMER_ROLE)) throw quarkError(lackingRoleStatus === 403 ? "ERR_FORBIDDEN" : "ERR_NOT_AUTHENTICATED");
		return caller;
	});
