import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me, tokenOf } from "../flows.ts";
import { freshCustomer } from "../register/support.ts";
import { refresh } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/refresh/returns-working-token",
	title: "Refreshing a token returns a token that authenticates",
	rule: 'POST /auth/token/refresh with Authorization: Bearer <login token> answers 200 {"token": <JWT>}, and that new token authenticates GET /store/customers/me as the same customer.',
	refs: ["seed:refresh-route", "seed:refresh-token", "seed:token-in-header"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await freshCustomer(ctx);
		const refreshed = tokenOf(ctx, await refresh(ctx, customer.token), "POST /auth/token/refresh");
		const mine = await me(ctx, refreshed);
		ctx.expect.status(mine, 200, "GET /store/customers/me with the refreshed token");
		const id = (mine.body as { customer?: { id?: unknown } } | undefined)?.customer?.id;
		ctx.expect.equal(id, customer.customerId, "the customer the refreshed token stands for", mine.exchange);
	},
});
