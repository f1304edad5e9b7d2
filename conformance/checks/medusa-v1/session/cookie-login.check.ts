import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { currentCustomer, customerOf, me, newCustomer } from "../flows.ts";
import { openSession, withCookie } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/session/cookie-login",
	title: "Customer Login sets a connect.sid that authenticates the customer",
	rule: "POST /store/auth with a customer's e-mail and password answers 200 {\"customer\": {…}} with a Set-Cookie connect.sid, and that cookie value sent back as `Cookie: connect.sid=<value>` makes GET /store/auth and GET /store/customers/me answer that customer.",
	refs: ["seed:two-ways", "seed:cookie-set", "seed:connect-sid", "observed:05a", "observed:06", "observed:09a"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { reply, cookie } = await openSession(ctx, customer);
		ctx.expect.equal(customerOf(ctx, reply, "POST /store/auth").id, customer.id, "the customer POST /store/auth logged in");
		for (const [what, call] of [
			["GET /store/auth", currentCustomer],
			["GET /store/customers/me", me],
		] as const) {
			const found = customerOf(ctx, await call(ctx, withCookie(cookie.raw)), `${what} with the connect.sid`);
			ctx.expect.equal(found.id, customer.id, `the customer ${what} answers for the cookie`);
		}
	},
});
