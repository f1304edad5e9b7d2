import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { currentCustomer, customerOf, me, newAccount, register } from "../flows.ts";
import { sessionCookieHeader } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/register/logs-in",
	title: "Create a Customer logs the new customer in with a session cookie",
	rule: "The answer to POST /store/customers (sent without a cookie) sets connect.sid, and that cookie alone makes GET /store/customers/me and GET /store/auth answer 200 with the new customer.",
	refs: ["seed:customer-routes", "seed:cookie-set", "observed:01"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const reply = await register(ctx, { ...newAccount(ctx) });
		const { id } = customerOf(ctx, reply, "POST /store/customers");
		const cookie = sessionCookieHeader(ctx, reply, "POST /store/customers");
		for (const [route, ask] of [["GET /store/customers/me", me], ["GET /store/auth", currentCustomer]] as const) {
			const found = customerOf(ctx, await ask(ctx, { headers: { cookie } }), `${route} with the registration's cookie`);
			ctx.expect.equal(found.id, id, `the customer ${route} answers`);
		}
	},
});
