import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { currentCustomer, customerOf, newCustomer } from "../flows.ts";
import { PLAIN_CUSTOMER_KEYS } from "../register/support.ts";
import { openSession, withCookie } from "./support.ts";

/** The customer of the session routes (fact 18): with orders and shipping addresses, no billing address. */
const KEYS = [...PLAIN_CUSTOMER_KEYS, "orders", "shipping_addresses"];

export default defineMedusaV1Check({
	id: "medusa-v1/session/customer-shape",
	title: "The session routes answer the customer with orders and shipping addresses",
	rule: `POST /store/auth and GET /store/auth (with its cookie) answer {"customer": {…}} with exactly the keys ${KEYS.join(", ")}, in that order: the e-mail as registered, has_account true, orders and shipping_addresses arrays, and no billing_address.`,
	refs: ["observed:05a", "observed:06"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { reply, cookie } = await openSession(ctx, customer);
		const expectShape = (answer: Reply, what: string): void => {
			const found = customerOf(ctx, answer, what);
			ctx.expect.equal(Object.keys(found), KEYS, `${what}: customer keys, in order`, answer.exchange);
			ctx.expect.equal(found.email, customer.email, `${what}: email`, answer.exchange);
			ctx.expect.equal(found.has_account, true, `${what}: has_account`, answer.exchange);
			ctx.expect.equal([Array.isArray(found.orders), Array.isArray(found.shipping_addresses)], [true, true], `${what}: orders and shipping_addresses are arrays`, answer.exchange);
		};
		expectShape(reply, "POST /store/auth");
		expectShape(await currentCustomer(ctx, withCookie(cookie.raw)), "GET /store/auth");
	},
});
