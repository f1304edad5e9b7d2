// Who may call a /store route: a valid publishable key, checked before any authentication (FACTS.md
// §A.10; observed 05g, 05h, 05l, 10), then the customer's session or bearer token.
import { isKeyActive } from "../../core/api-keys.ts";
import type { ApiKey, Customer } from "../../core/store.ts";
import type { Claims } from "../../core/tokens.ts";
import { type Ready, whenReady } from "../../core/when-ready.ts";
import { type Authenticated, type AuthRule, authenticate } from "./authenticate.ts";
import { medusaV2Error } from "./errors.ts";
import type { MedusaV2Runtime } from "./runtime.ts";

/** The request's publishable key; undefined only where the policy does not require one. */
export const publishableKey = (rt: MedusaV2Runtime, request: Request, now: number): ApiKey | undefined => {
	const token = request.headers.get("x-publishable-api-key");
	if (!token && !rt.policy.publishableKey.required) return undefined;
	if (!token) throw medusaV2Error("ERR_PUBLISHABLE_KEY_MISSING");
	const key = rt.state.store.findApiKey("publishable", token);
	const usable = key && (isKeyActive(key, now) || !rt.policy.publishableKey.refusesRevoked);
	if (!usable) throw medusaV2Error("ERR_PUBLISHABLE_KEY_INVALID");
	return key;
};

/** The customer a signed-in context names (a deleted one is not found, as upstream's query would not find it). */
export const customerOf = (rt: MedusaV2Runtime, context: Claims): Customer => {
	const customer = rt.state.store.getCustomer(String(context.actor_id));
	if (!customer) throw medusaV2Error("ERR_NOT_FOUND", `Customer with id: ${String(context.actor_id)} was not found`);
	return customer;
};

/** A signed-in customer (`/store/customers/me*`: session or bearer, a customer actor). */
export const CUSTOMER_RULE: AuthRule = { actorTypes: ["customer"], methods: ["session", "bearer"] };

/** The key, then the caller as `rule` sees it, in the order the policy says upstream checks them. */
export const authenticateCustomer = (rt: MedusaV2Runtime, request: Request, rule: AuthRule, now: number): Ready<Authenticated> => {
	if (rt.policy.publishableKey.checkedFirst) {
		publishableKey(rt, request, now);
		return authenticate(rt, request, rule, now);
	}
	return whenReady(authenticate(rt, request, rule, now), (authenticated) => {
		publishableKey(rt, request, now);
		return authenticated;
	});
};
