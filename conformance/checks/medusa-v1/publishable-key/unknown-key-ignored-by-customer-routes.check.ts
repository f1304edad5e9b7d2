import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { accessTokenOf, customerOf, newCustomer } from "../flows.ts";
import { unissuedKeys, withKey } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/publishable-key/unknown-key-ignored-by-customer-routes",
	title: "A key no server issued changes nothing on the customer routes",
	rule: 'With an x-publishable-api-key the server never issued (pk_invalid and the like), POST /store/auth/token still answers a customer\'s 200 {"access_token"}, GET /store/customers/me with it 200 {"customer"} of that customer, and GET /store/auth/{email} 200 {"exists":true}: the key only scopes product listings.',
	refs: ["observed:13", "observed:08", "observed:04a"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		for (const key of unissuedKeys(ctx)) {
			const login = await withKey(ctx, "/store/auth/token", key, { json: { email: customer.email, password: customer.password } });
			const token = accessTokenOf(ctx, login, `POST /store/auth/token with key ${key}`);
			const found = customerOf(ctx, await withKey(ctx, "/store/customers/me", key, { bearer: token }), `GET /store/customers/me with key ${key}`);
			ctx.expect.equal(found.id, customer.id, `the customer the token authenticates with key ${key}`);
			const exists = await withKey(ctx, `/store/auth/${encodeURIComponent(customer.email)}`, key);
			ctx.expect.status(exists, 200, `GET /store/auth/{email} with key ${key}`);
			ctx.expect.json(exists, { exists: true }, `GET /store/auth/{email} with key ${key}`);
		}
	},
});
