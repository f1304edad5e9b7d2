import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { accessTokenOf, customerOf, newCustomer } from "../flows.ts";
import { listedProductIds, withKey } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/publishable-key/optional",
	title: "The publishable key is optional",
	rule: "Without any x-publishable-api-key header, POST /store/customers registers a customer (200 {\"customer\"}), POST /store/auth/token answers a customer's 200 {\"access_token\"}, GET /store/customers/me with that token answers 200 {\"customer\"} of that customer, and GET /store/products answers 200 {\"products\", \"count\"}.",
	refs: ["observed:13", "seed:jwt-login", "seed:customer-routes"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const login = await withKey(ctx, "/store/auth/token", undefined, { json: { email: customer.email, password: customer.password } });
		const token = accessTokenOf(ctx, login, "POST /store/auth/token without a key");
		const found = customerOf(ctx, await withKey(ctx, "/store/customers/me", undefined, { bearer: token }), "GET /store/customers/me without a key");
		ctx.expect.equal(found.id, customer.id, "the customer the token authenticates without a key");
		await listedProductIds(ctx, undefined);
	},
});
