// Who the caller is on /admin (medusa-v1-observed.md facts 44–46): the admin user of the session
// cookie, else of an admin JWT (`domain: "admin"`, with `exp`, N6). Customers' cookies and tokens
// are not admins: 401. An admin JWT whose user does not exist is upstream's 400 `Bad Request`.
import type { User } from "../../core/store.ts";
import { textResponse } from "../../http/respond.ts";
import { bearerOfDomain, currentSession } from "./authenticate.ts";
import { medusaV1Error } from "./errors.ts";
import type { MedusaV1Runtime } from "./runtime.ts";

/** The admin user calling, a Response to answer instead (400 for a token of no user), or the middleware's 401. */
export const requireAdmin = async (rt: MedusaV1Runtime, request: Request, now: number): Promise<User | Response> => {
	const session = currentSession(rt, request, now);
	const fromSession = typeof session?.authContext.user_id === "string" ? rt.state.store.getUser(session.authContext.user_id) : undefined;
	if (fromSession) return fromSession;
	const userId = (await bearerOfDomain(rt, request, "admin", now))?.claims.user_id;
	if (typeof userId !== "string") throw medusaV1Error("ERR_NOT_AUTHENTICATED");
	return rt.state.store.getUser(userId) ?? textResponse(400, "Bad Request");
};
