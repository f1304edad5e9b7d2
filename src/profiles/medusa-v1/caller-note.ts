// Who a medusa-v1 request's credentials name, for the request journal (src/journal/): the
// connect.sid session, then a bearer token of the store or admin domain, as authenticate.ts and
// admin-auth.ts look them up, and why those that name no one do not (upstream's 401 says only
// "Unauthorized").
import type { Claims } from "../../core/tokens.ts";
import { CallerFindings, findBearer, findSession } from "../../journal/caller-findings.ts";
import type { CallerNote } from "../../journal/entry.ts";
import { sessionStands, tokenStands } from "./credentials.ts";
import type { MedusaV1Runtime } from "./runtime.ts";

/** "customer cus_01…" for a store token or session, "user usr_01…" for an admin one. */
export const describeMedusaV1Claims = (claims: Claims): string =>
	typeof claims.customer_id === "string" ? `customer ${claims.customer_id}` : typeof claims.user_id === "string" ? `user ${claims.user_id}` : "no one (neither customer_id nor user_id)";

/** The routes that want a caller (authenticate.ts, admin-auth.ts): the signed-in customer's and the admin's. */
const NEEDS_A_CALLER = /^\/(store\/customers\/me|store\/auth$|admin\/)/;

export const describeMedusaV1Caller = async (rt: MedusaV1Runtime, request: Request, now: number): Promise<CallerNote> => {
	const found = new CallerFindings();
	const session = findSession({ ...rt.policy.sessionCookie, cookieSecret: rt.cookieSecret, sessions: rt.state.sessions }, request, now, found);
	const sessionCustomer = session?.authContext.customer_id;
	if (session && typeof sessionCustomer === "string" && !sessionStands(rt, sessionCustomer, session))
		found.problems.push("the session was opened before the customer's password changed");
	else if (session) found.who.push(`${describeMedusaV1Claims(session.authContext)} via session`);
	const bearer = await findBearer(rt.signer, request, now, found);
	const customerId = bearer?.claims.customer_id;
	if (bearer && typeof customerId === "string" && !tokenStands(rt, customerId, bearer.token, bearer.claims.iat))
		found.problems.push("bearer token issued before the customer's password changed");
	else if (bearer) found.who.push(`${describeMedusaV1Claims(bearer.claims)} via bearer (${String(bearer.claims.domain)} token)`);
	found.noneWhereNeeded(NEEDS_A_CALLER.test(new URL(request.url).pathname));
	return found.note();
};
