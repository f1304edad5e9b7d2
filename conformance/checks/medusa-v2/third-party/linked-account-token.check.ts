import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { oauthLinkedAccount } from "../../../profiles/medusa-v2/target.ts";
import { me } from "../flows.ts";
import { approveAt, callback, callbackToken, startLogin } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/third-party/linked-account-token",
	title: "A person who is a customer already gets a callback token with their actor_id",
	rule: "Start a login, approve it as a provider account already linked to a customer, bring code and state to the callback → 200 {token} whose actor_id is that customer, which opens GET /store/customers/me as it is.",
	refs: ["seed:callback-route", "seed:callback-actor-id"],
	tier: "contract",
	severity: "interoperability",
	requires: ["oauth-linked-account", "control-provider", "publishable-key"],
	async run(ctx: CheckContext) {
		const account = oauthLinkedAccount(ctx.config);
		ctx.expect.that(account !== undefined, "this check needs --oauth-linked-account");
		const search = await approveAt(ctx, await startLogin(ctx), { account });
		const { token, claims } = callbackToken(ctx, await callback(ctx, search), "callback with the provider's code and state");
		ctx.expect.that(typeof claims.actor_id === "string" && claims.actor_id !== "", "the callback token has no actor_id: the linked customer was not found", { actual: JSON.stringify(claims) });
		const mine = await me(ctx, token);
		ctx.expect.status(mine, 200, "GET /store/customers/me with the callback token");
		ctx.expect.equal((mine.body as { customer?: { id?: unknown } } | undefined)?.customer?.id, claims.actor_id, "GET /store/customers/me: the customer's id", mine.exchange);
	},
});
