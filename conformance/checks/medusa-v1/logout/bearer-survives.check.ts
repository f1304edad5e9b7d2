import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { currentCustomer, customerOf, customerToken, newCustomer } from "../flows.ts";
import { logout, openSession } from "../session/support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/logout/bearer-survives",
	title: "Logging the cookie session out leaves the customer's JWT working",
	rule: "After DELETE /store/auth with a customer's connect.sid, an access_token that customer got from POST /store/auth/token still authenticates GET /store/auth: the two ways of seed 001 are separate, and logout ends only the session.",
	refs: ["observed:07", "seed:two-ways"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = await customerToken(ctx, customer);
		const { cookie } = await openSession(ctx, customer);
		ctx.expect.status(await logout(ctx, cookie.raw), 200, "DELETE /store/auth with the cookie");
		const found = customerOf(ctx, await currentCustomer(ctx, { bearer: token }), "GET /store/auth with the access_token after logout");
		ctx.expect.equal(found.id, customer.id, "the customer the access_token authenticates");
	},
});
