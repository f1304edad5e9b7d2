// Who a medusa-v2 request's credentials name, for the request journal (src/journal/): the
// publishable key on /store (FACTS.md §A.10), a secret key, the connect.sid session, the bearer
// token, each looked up as the routes look it up (store-access.ts, authenticate.ts), and for those
// that name no one, why: upstream answers every one of them with a bare "Unauthorized".
import { isKeyActive } from "../../core/api-keys.ts";
import { sha256Hex } from "../../core/digest.ts";
import type { Claims } from "../../core/tokens.ts";
import { basicSecretKey } from "../../http/credentials.ts";
import { CallerFindings, findBearer, findSession } from "../../journal/caller-findings.ts";
import type { CallerNote } from "../../journal/entry.ts";
import { SECRET_KEY_AS_BEARER } from "./authenticate.ts";
import type { MedusaV2Runtime } from "./runtime.ts";

/** "customer cus_01…", or an authenticated identity that has no customer or user yet. */
export const describeMedusaV2Claims = (claims: Claims): string =>
	claims.actor_id
		? `${String(claims.actor_type)} ${String(claims.actor_id)}`
		: `${String(claims.actor_type)} not created yet (auth identity ${String(claims.auth_identity_id)}: a registration token)`;

/** The routes that authenticate (authenticate.ts's callers): the signed-in customer's, the admin's, the session's and refresh. */
const NEEDS_A_CALLER = /^\/(store\/customers\/me|admin\/|auth\/session$|auth\/token\/refresh$)/;

const findPublishableKey = (rt: MedusaV2Runtime, request: Request, now: number, found: CallerFindings): void => {
	const token = request.headers.get("x-publishable-api-key");
	if (!token) return void found.problems.push("no publishable key (x-publishable-api-key)");
	const key = rt.state.store.findApiKey("publishable", token);
	if (!key) found.problems.push(`publishable key ${token} is not one of this server's`);
	else if (!isKeyActive(key, now)) found.problems.push(`publishable key "${key.title}" was revoked`);
	else found.who.push(`key "${key.title}"`);
};

const findSecretKey = async (rt: MedusaV2Runtime, request: Request, now: number, found: CallerFindings): Promise<void> => {
	const secret = basicSecretKey(request.headers.get("authorization"));
	if (!secret) return;
	found.sawCredential();
	const key = rt.state.store.findApiKey("secret", await sha256Hex(secret));
	if (key && isKeyActive(key, now)) found.who.push(`secret key "${key.title}"`);
	else found.problems.push(key ? `secret key "${key.title}" was revoked` : "secret key is not one of this server's");
};

export const describeMedusaV2Caller = async (rt: MedusaV2Runtime, request: Request, now: number): Promise<CallerNote> => {
	const found = new CallerFindings();
	if (new URL(request.url).pathname.startsWith("/store")) findPublishableKey(rt, request, now, found);
	await findSecretKey(rt, request, now, found);
	const session = findSession({ ...rt.policy.sessionCookie, cookieSecret: rt.cookieSecret, sessions: rt.state.sessions }, request, now, found);
	if (session) found.who.push(`${describeMedusaV2Claims(session.authContext)} via session`);
	if (SECRET_KEY_AS_BEARER.test(request.headers.get("authorization") ?? "")) {
		found.sawCredential();
		found.problems.push("a secret key sent as a bearer token (send it as Basic)");
	} else {
		const bearer = await findBearer(rt.signer, request, now, found);
		if (bearer) found.who.push(`${describeMedusaV2Claims(bearer.claims)} via bearer`);
	}
	found.noneWhereNeeded(NEEDS_A_CALLER.test(new URL(request.url).pathname));
	return found.note();
};
