import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { meWithCookie, openSession } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/cookie-authenticates",
	title: "The session cookie alone authenticates the customer",
	rule: "GET /store/customers/me with the publishable key and only the connect.sid cookie from POST /auth/session (no Authorization header) answers 200 {customer} for the customer whose token opened the session.",
	refs: ["observed:06"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { cookie } = await openSession(ctx, customer.token);
		const reply = await meWithCookie(ctx, cookie.raw);
		ctx.expect.status(reply, 200, "GET /store/customers/me with only the session cookie");
		const found = (reply.body as { customer?: { id?: unknown; email?: unknown } } | undefined)?.customer;
		ctx.expect.equal({ id: found?.id, email: found?.email }, { id: customer.customerId, email: customer.email }, "the session's customer", reply.exchange);
	},
});
