import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { cookieLogin, customerOf, customerToken, me, newCustomer } from "../flows.ts";
import { expectKeys, REGISTRATION_KEYS, sessionCookieHeader } from "../register/support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/me/answer-shape",
	title: "Get a Customer answers the customer in the registration shape, by cookie and by bearer",
	rule: "GET /store/customers/me with the session cookie of Customer Login, and with a store JWT, answers 200 {customer} of that customer with the keys of registration's answer, in its order (id … metadata, billing_address, shipping_addresses; no orders).",
	refs: ["seed:two-ways", "seed:customer-routes", "observed:09a", "observed:01"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const cookie = sessionCookieHeader(ctx, await cookieLogin(ctx, customer), "POST /store/auth");
		const token = await customerToken(ctx, customer);
		for (const [what, credentials] of [["the session cookie", { headers: { cookie } }], ["the store JWT", { bearer: token }]] as const) {
			const reply = await me(ctx, credentials);
			const found = customerOf(ctx, reply, `GET /store/customers/me with ${what}`);
			ctx.expect.equal([found.id, found.email], [customer.id, customer.email], `the customer ${what} authenticates`, reply.exchange);
			expectKeys(ctx, found, REGISTRATION_KEYS, `GET /store/customers/me with ${what}`, reply);
		}
	},
});
