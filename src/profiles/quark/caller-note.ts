// Who a quark request's bearer token names, for the request journal (src/journal/), as
// authenticate.ts reads it: it must verify, be issued by this API for its clients, and name an
// active account; and why a token that does not, since the 401 itself names no reason (seed 003).
import type { Claims } from "../../core/tokens.ts";
import { CallerFindings, findBearer } from "../../journal/caller-findings.ts";
import type { CallerNote } from "../../journal/entry.ts";
import { issuedForUs, rolesOf } from "./access-tokens.ts";
import { activeAccount } from "./accounts.ts";
import type { QuarkRuntime } from "./runtime.ts";

/** "Customer ada@example.com (3f2c…)": the roles, the e-mail and the account's id. */
export const describeQuarkClaims = (claims: Claims): string =>
	`${rolesOf(claims).join("+") || "no role"} ${String(claims.email)} (${String(claims.sub)})`;

export const describeQuarkCaller = async (rt: QuarkRuntime, request: Request, now: number): Promise<CallerNote> => {
	const found = new CallerFindings();
	const claims = (await findBearer(rt.signer, request, now, found))?.claims;
	found.noneWhereNeeded(new URL(request.url).pathname.startsWith("/api/storefront/"));
	if (!claims) return found.note();
	if (!issuedForUs(rt, claims)) found.problems.push("bearer token is not issued by this API for its clients (iss or aud)");
	else if (!activeAccount(rt, claims.sub)) found.problems.push(`bearer token names an account that is gone (${String(claims.sub)})`);
	else found.who.push(`${describeQuarkClaims(claims)} via bearer`);
	return found.note();
};
