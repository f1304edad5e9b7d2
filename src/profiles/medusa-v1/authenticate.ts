// Who the caller is on /store (medusa-v1-observed.md facts 24, 29–31): the customer of the session
// cookie, else of a store JWT (`Bearer`, any letter case). The session wins over a bearer. A token
// must verify (HS256, signature before claims), carry an `exp` (N6: upstream accepts none), say
// `domain: "store"`, and name a customer that exists (N7: upstream answers 404 naming the id); a
// session or token from before the customer's last password change no longer counts (N5).
import type { Session } from "../../core/sessions.ts";
import type { Customer } from "../../core/store.ts";
import { type Claims, claimsOrUndefined } from "../../core/tokens.ts";
import { type Ready, whenReady } from "../../core/when-ready.ts";
import { bearerToken } from "../../http/credentials.ts";
import { type Caller, sessionStands, tokenStands } from "./credentials.ts";
import { medusaV1Error } from "./errors.ts";
import type { MedusaV1Runtime } from "./runtime.ts";

/** The live session of the request's connect.sid, if it has one. */
export const currentSession = (rt: MedusaV1Runtime, request: Request, now: number): Session | undefined => {
	const cookies = request.headers.get("cookie");
	const id = cookies === null ? undefined : rt.policy.sessionCookie.sessionId(cookies, rt.cookieSecret);
	return id === undefined ? undefined : rt.state.sessions.get(id, now);
};

/** The bearer token of the request and its claims, when it verifies and says `domain` (store or admin). */
export const bearerOfDomain = (
	rt: MedusaV1Runtime,
	request: Request,
	domain: "store" | "admin",
	now: number,
): Ready<{ token: string; claims: Claims } | undefined> => {
	const token = bearerToken(request.headers.get("authorization"));
	if (token === undefined) return undefined;
	return whenReady(claimsOrUndefined(rt.signer, token, now), (claims) => (claims?.domain === domain ? { token, claims } : undefined));
};

const customerOf = (rt: MedusaV1Runtime, id: unknown): Customer | undefined =>
	typeof id === "string" ? rt.state.store.getCustomer(id) : undefined;

/** A customer and how the request proved to be it. */
export interface CustomerCaller {
	customer: Customer;
	caller: Caller;
}

const fromSession = (rt: MedusaV1Runtime, request: Request, now: number): CustomerCaller | undefined => {
	const session = currentSession(rt, request, now);
	const customer = customerOf(rt, session?.authContext.customer_id);
	return customer && session && sessionStands(rt, customer.id, session) ? { customer, caller: { sessionId: session.id } } : undefined;
};

const fromBearer = (rt: MedusaV1Runtime, request: Request, now: number): Ready<CustomerCaller | undefined> =>
	whenReady(bearerOfDomain(rt, request, "store", now), (bearer) => {
		const customer = customerOf(rt, bearer?.claims.customer_id);
		return customer && bearer && tokenStands(rt, customer.id, bearer.token, bearer.claims.iat) ? { customer, caller: { token: bearer.token } } : undefined;
	});

/**
 * The calling customer and how it called, or ERR_NOT_AUTHENTICATED (thrown, or the rejection): the
 * auth middleware's 401. Synchronous for a session and for a token seen before (core/when-ready.ts).
 */
export const requireCustomer = (rt: MedusaV1Runtime, request: Request, now: number): Ready<CustomerCaller> =>
	whenReady(fromSession(rt, request, now) ?? fromBearer(rt, request, now), (found) => {
		if (!found) throw medusaV1Error("ERR_NOT_AUTHENTICATED");
		return found;
	});
