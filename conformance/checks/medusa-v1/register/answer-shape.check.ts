import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerOf, newAccount, register } from "../flows.ts";
import { expectKeys, REGISTRATION_KEYS } from "./support.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export default defineMedusaV1Check({
	id: "medusa-v1/register/answer-shape",
	title: "Create a Customer answers 200 with the new customer in Medusa v1's shape",
	rule: 'POST /store/customers with a new e-mail, a password, first_name and last_name answers 200 with a body of one key, "customer", whose keys are in order id, created_at, updated_at, deleted_at, email, first_name, last_name, billing_address_id, phone, has_account, metadata, billing_address, shipping_addresses: id "cus_…", ISO dates, the e-mail and names as sent, has_account true, shipping_addresses [], and null for the rest. No token is returned.',
	refs: ["seed:customer-routes", "observed:01"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = newAccount(ctx);
		const reply = await register(ctx, { ...account, first_name: "Gate", last_name: "Check" });
		const customer = customerOf(ctx, reply, "POST /store/customers");
		ctx.expect.equal(Object.keys(reply.body as object), ["customer"], "the answer's keys", reply.exchange);
		expectKeys(ctx, customer, REGISTRATION_KEYS, "POST /store/customers", reply);
		const { id, created_at, updated_at, ...rest } = customer;
		ctx.expect.that(typeof id === "string" && id.startsWith("cus_"), `id: expected "cus_…", got ${JSON.stringify(id)}`, { exchange: reply.exchange });
		for (const [name, date] of [["created_at", created_at], ["updated_at", updated_at]] as const)
			ctx.expect.that(typeof date === "string" && ISO_DATE.test(date), `${name}: expected an ISO date, got ${JSON.stringify(date)}`, { exchange: reply.exchange });
		ctx.expect.equal(
			rest,
			{
				deleted_at: null,
				email: account.email,
				first_name: "Gate",
				last_name: "Check",
				billing_address_id: null,
				phone: null,
				has_account: true,
				metadata: null,
				billing_address: null,
				shipping_addresses: [],
			},
			"the new customer",
			reply.exchange,
		);
	},
});
