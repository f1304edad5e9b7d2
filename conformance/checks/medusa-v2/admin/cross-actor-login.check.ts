import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, login, me, newCustomer, tokenOf, UNAUTHORIZED } from "../flows.ts";
import { adminProducts } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/admin/cross-actor-login",
	title: "A customer's credentials on the user route give a token without an actor",
	rule: 'POST /auth/user/emailpass with a customer\'s e-mail and password answers 200 with a token of actor_type "user" and actor_id "" (one emailpass identity serves every actor type), and that token gets 401 {"message":"Unauthorized"} on GET /admin/products and on GET /store/customers/me.',
	refs: ["observed:09", "facts:A.5"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = tokenOf(ctx, await login(ctx, { email: customer.email, password: customer.password }, "user"), "POST /auth/user/emailpass with a customer's credentials");
		const claims = decodeClaims(token);
		ctx.expect.equal(
			{ actor_type: claims?.actor_type, actor_id: claims?.actor_id },
			{ actor_type: "user", actor_id: "" },
			"claims of the customer's token from the user route",
		);
		for (const [what, reply] of [
			["GET /admin/products", await adminProducts(ctx, `Bearer ${token}`)],
			["GET /store/customers/me", await me(ctx, token)],
		] as const) {
			ctx.expect.status(reply, 401, `${what} with that token`);
			ctx.expect.json(reply, UNAUTHORIZED, `${what} with that token`);
		}
	},
});
