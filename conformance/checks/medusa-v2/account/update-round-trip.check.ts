import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me, newCustomer } from "../flows.ts";
import { cookieHeader, openSession } from "../session/support.ts";
import { customerIn, pick, updateMe } from "./support.ts";

const PROFILE_FIELDS = ["id", "email", "first_name", "last_name", "phone", "company_name"] as const;

export default defineMedusaV2Check({
	id: "medusa-v2/account/update-round-trip",
	title: "POST /store/customers/me changes the profile, by bearer and by session, and GET /store/customers/me shows it",
	rule: "POST /store/customers/me {first_name, last_name, phone, company_name} with the publishable key and the customer's bearer answers 200 {customer} with those values, and GET /store/customers/me then shows them; a later {phone: null} sent with the connect.sid session cookie clears the phone and keeps the other fields (observed 15: every field, nulls clear fields, the profile afterwards).",
	refs: ["observed:15", "observed:06"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const changes = { first_name: "Grace", last_name: "Hopper", phone: "+15550100", company_name: "Navy" };
		const expected = { id: customer.customerId, email: customer.email, ...changes };

		const updated = await updateMe(ctx, { bearer: customer.token }, changes);
		ctx.expect.equal(pick(customerIn(ctx, updated, "POST /store/customers/me"), PROFILE_FIELDS), expected, "the update's answer", updated.exchange);
		const read = await me(ctx, customer.token);
		ctx.expect.equal(pick(customerIn(ctx, read, "GET /store/customers/me after the update"), PROFILE_FIELDS), expected, "the profile afterwards", read.exchange);

		const { cookie } = await openSession(ctx, customer.token);
		const cleared = await updateMe(ctx, { headers: { cookie: cookieHeader(cookie.raw) } }, { phone: null });
		const withoutPhone = { ...expected, phone: null };
		ctx.expect.equal(pick(customerIn(ctx, cleared, "POST /store/customers/me {phone: null} with the session cookie"), PROFILE_FIELDS), withoutPhone, "the answer to {phone: null}", cleared.exchange);
		const again = await me(ctx, customer.token);
		ctx.expect.equal(pick(customerIn(ctx, again, "GET /store/customers/me after {phone: null}"), PROFILE_FIELDS), withoutPhone, "the profile after {phone: null}", again.exchange);
	},
});
