import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount } from "../flows.ts";
import { createCustomer } from "./support.ts";

const FIELDS = [
	"id",
	"email",
	"company_name",
	"first_name",
	"last_name",
	"phone",
	"metadata",
	"has_account",
	"deleted_at",
	"created_at",
	"updated_at",
	"addresses",
];

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export default defineMedusaV2Check({
	id: "medusa-v2/register/store-customers-body",
	title: "POST /store/customers answers 200 with upstream's customer fields",
	rule: 'POST /store/customers with a registration token answers 200 (not 201) {"customer":{id "cus_…", email, company_name null, first_name, last_name, phone null, metadata null, has_account true, deleted_at null, created_at, updated_at (ISO 8601, equal), addresses []}} with the fields in that order.',
	refs: ["observed:03", "facts:A.5"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const created = await createCustomer(ctx, account.email, account.registrationToken);
		ctx.expect.status(created, 200, "POST /store/customers");
		const body = created.body as { customer?: Record<string, unknown> } | undefined;
		ctx.expect.equal(body && Object.keys(body), ["customer"], "top-level keys", created.exchange);
		const customer = body?.customer ?? {};
		ctx.expect.equal(Object.keys(customer), FIELDS, "customer fields, in order", created.exchange);
		const { id, created_at: createdAt, updated_at: updatedAt, ...rest } = customer;
		ctx.expect.that(typeof id === "string" && /^cus_[0-9A-Z]{26}$/.test(id), `customer.id: expected "cus_<ULID>", got ${JSON.stringify(id)}`);
		ctx.expect.that(typeof createdAt === "string" && ISO.test(createdAt), `customer.created_at: expected an ISO 8601 instant, got ${JSON.stringify(createdAt)}`);
		ctx.expect.equal(updatedAt, createdAt, "customer.updated_at (a new customer)", created.exchange);
		ctx.expect.equal(
			rest,
			{
				email: account.email,
				company_name: null,
				first_name: "Gate",
				last_name: "Check",
				phone: null,
				metadata: null,
				has_account: true,
				deleted_at: null,
				addresses: [],
			},
			"customer values",
			created.exchange,
		);
	},
});
