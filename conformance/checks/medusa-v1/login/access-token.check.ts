import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { accessTokenOf, customerOf, me, newCustomer, tokenLogin } from "../flows.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/login/access-token",
	title: "Customer Login (JWT) returns an access_token that authenticates the customer",
	rule: "POST /store/auth/token with a customer's e-mail and password answers 200 {\"access_token\": \"<JWT>\"}, and that token sent as `Authorization: Bearer <token>` makes GET /store/customers/me answer that customer.",
	refs: ["seed:jwt-login", "seed:access-token", "seed:bearer", "observed:04a", "observed:09a"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = accessTokenOf(ctx, await tokenLogin(ctx, customer), "POST /store/auth/token");
		const found = customerOf(ctx, await me(ctx, { bearer: token }), "GET /store/customers/me with the access_token");
		ctx.expect.equal(found.id, customer.id, "the customer the token authenticates");
	},
});
