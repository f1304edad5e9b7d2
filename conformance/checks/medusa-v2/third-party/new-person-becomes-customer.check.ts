import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, me, tokenOf } from "../flows.ts";
import { createCustomer } from "../register/support.ts";
import { approveNewPerson, callback, callbackToken, providerOf, startLogin } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/third-party/new-person-becomes-customer",
	title: "A new person's callback token has no actor_id; POST /store/customers and a refresh make them a customer",
	rule: 'Start a login, approve it at the provider as a new person, bring code and state to the callback → 200 {token} with actor_id "" and auth_provider the provider; POST /store/customers with that token → 200; POST /auth/token/refresh → a token whose actor_id is the new customer, which opens GET /store/customers/me.',
	refs: ["seed:callback-route", "seed:callback-actor-id", "seed:refresh-after-third-party", "seed:register-route"],
	tier: "contract",
	severity: "interoperability",
	requires: ["oauth-provider", "control-provider", "publishable-key", "customer-registration"],
	async run(ctx: CheckContext) {
		const provider = providerOf(ctx);
		const { email, search } = await approveNewPerson(ctx, await startLogin(ctx), "third-party-new");
		const { token, claims } = callbackToken(ctx, await callback(ctx, search), "callback with the provider's code and state");
		ctx.expect.equal(claims.actor_id, "", "the callback token's actor_id");
		ctx.expect.equal(claims.auth_provider, provider, "the callback token's auth_provider");
		const created = await createCustomer(ctx, email, token);
		ctx.expect.status(created, 200, "POST /store/customers with the callback token");
		const customerId = (created.body as { customer?: { id?: unknown } } | undefined)?.customer?.id;
		const refreshed = tokenOf(ctx, await ctx.request({ method: "POST", path: "/auth/token/refresh", bearer: token }), "POST /auth/token/refresh");
		ctx.expect.equal(decodeClaims(refreshed)?.actor_id, customerId, "the refreshed token's actor_id");
		const mine = await me(ctx, refreshed);
		ctx.expect.status(mine, 200, "GET /store/customers/me with the refreshed token");
		ctx.expect.equal((mine.body as { customer?: { email?: unknown } } | undefined)?.customer?.email, email, "GET /store/customers/me: the customer's e-mail", mine.exchange);
	},
});
