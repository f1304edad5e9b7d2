import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { cookieLogin, customerOf, customerToken, me, newCustomer } from "../flows.ts";
import { sessionCookieHeader } from "../register/support.ts";
import { updateMe } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/me/update-names",
	title: "Update Customer changes the customer's names, by bearer and by cookie",
	rule: "POST /store/customers/me {first_name} with a store JWT, then {last_name} with the session cookie, each answer 200 {customer} with that field changed and the others kept, and GET /store/customers/me then shows both changes.",
	refs: ["seed:customer-routes", "seed:two-ways", "observed:09i"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = await customerToken(ctx, customer);
		const cookie = sessionCookieHeader(ctx, await cookieLogin(ctx, customer), "POST /store/auth");
		const names = (found: Record<string, unknown>) => ({ id: found.id, email: found.email, first_name: found.first_name, last_name: found.last_name });
		const renamed = { id: customer.id, email: customer.email, first_name: "Renamed", last_name: "Check" };
		const both = { ...renamed, last_name: "ViaCookie" };

		const byBearer = await updateMe(ctx, { first_name: "Renamed" }, { bearer: token });
		ctx.expect.equal(names(customerOf(ctx, byBearer, "POST /store/customers/me with the JWT")), renamed, "the customer after {first_name}", byBearer.exchange);
		const byCookie = await updateMe(ctx, { last_name: "ViaCookie" }, { headers: { cookie } });
		ctx.expect.equal(names(customerOf(ctx, byCookie, "POST /store/customers/me with the cookie")), both, "the customer after {last_name}", byCookie.exchange);
		const after = await me(ctx, { bearer: token });
		ctx.expect.equal(names(customerOf(ctx, after, "GET /store/customers/me")), both, "the customer GET /store/customers/me answers", after.exchange);
	},
});
