// The account page a storefront shows after login (observed 15, 16): the customer updating their
// profile (POST /store/customers/me) and their addresses (/store/customers/me/addresses[/:id]).
// Upstream's middleware order on each: the publishable key, the customer, the body, the query.
import { Type } from "@sinclair/typebox";
import { Elysia } from "elysia";
import { updatedMetadata } from "../../core/metadata.ts";
import type { Customer } from "../../core/store.ts";
import { parseHook } from "../../http/body.ts";
import { expressQuery } from "../../http/query.ts";
import { addAddress, addressOf, deleteAddress, matchesAddressQuery, updateAddress } from "./addresses.ts";
import { AddressBody, AddressListParams, selectedFields, UpdateCustomerBody, validateInput } from "./model.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { storeJson } from "./store-answers.ts";
import { authenticateCustomer, CUSTOMER_RULE, customerOf } from "./store-access.ts";
import { addressView, customerView, paginate, selectFields } from "./views.ts";
import { operation, type OperationSpec } from "../../openapi/operation.ts";
import { closed } from "../../openapi/schemas.ts";
import { Address as AddressRecord, BODY_REFUSALS, CUSTOMER, Customer as CustomerRecord, FIELDS_QUERY, MedusaError, NOT_FOUND, one, page, UNAUTHORIZED } from "./api-schemas.ts";

export const accountRoutes = (rt: MedusaV2Runtime) => {
	const signedIn = async (request: Request, now: number): Promise<Customer> =>
		customerOf(rt, (await authenticateCustomer(rt, request, CUSTOMER_RULE, now)).context);
	const customerAnswer = (request: Request, customer: Customer, fields: string | undefined): Response =>
		storeJson(rt, request, { customer: selectFields(customerView(customer), fields) });

	return new Elysia({ name: "medusa-v2/account" })
		.post(
			"/store/customers/me",
			async ({ request, body }) => {
				const now = rt.clock.now();
				const customer = await signedIn(request, now);
				const input = validateInput(UpdateCustomerBody, body);
				const fields = selectedFields(request);
				if (input.company_name !== undefined) customer.companyName = input.company_name;
				if (input.first_name !== undefined) customer.firstName = input.first_name;
				if (input.last_name !== undefined) customer.lastName = input.last_name;
				if (input.phone !== undefined) customer.phone = input.phone;
				customer.metadata = updatedMetadata(customer.metadata, input.metadata);
				// Upstream's update skips the write when nothing is sent (observed 15, `{}`: updated_at unchanged).
				if (Object.keys(input).length > 0) customer.updatedAt = now;
				return customerAnswer(request, customer, fields);
			},
			{ parse: parseHook, ...DESCRIBE_UPDATE_ME },
		)
		.get("/store/customers/me/addresses", async ({ request }) => {
			const customer = await signedIn(request, rt.clock.now());
			const query = validateInput(AddressListParams, expressQuery(request));
			const page = paginate(customer.addresses.filter((address) => matchesAddressQuery(address, query)), query);
			const addresses = page.items.map((address) => selectFields(addressView(address), query.fields));
			return storeJson(rt, request, { addresses, count: page.count, offset: page.offset, limit: page.limit });
		}, DESCRIBE_ADDRESSES)
		.post(
			"/store/customers/me/addresses",
			async ({ request, body }) => {
				const now = rt.clock.now();
				const customer = await signedIn(request, now);
				const input = validateInput(AddressBody, body);
				const fields = selectedFields(request);
				addAddress(rt.state.store, customer, input, now);
				return customerAnswer(request, customer, fields);
			},
			{ parse: parseHook, ...DESCRIBE_ADD_ADDRESS },
		)
		.get("/store/customers/me/addresses/:id", async ({ request, params }) => {
			const customer = await signedIn(request, rt.clock.now());
			const fields = selectedFields(request);
			return storeJson(rt, request, { address: selectFields(addressView(addressOf(customer, params.id)), fields) });
		}, DESCRIBE_ADDRESS)
		.post(
			"/store/customers/me/addresses/:id",
			async ({ request, params, body }) => {
				const now = rt.clock.now();
				const customer = await signedIn(request, now);
				const input = validateInput(AddressBody, body);
				const fields = selectedFields(request);
				updateAddress(rt.state.store, customer, params.id, input, now);
				return customerAnswer(request, customer, fields);
			},
			{ parse: parseHook, ...DESCRIBE_UPDATE_ADDRESS },
		)
		.delete("/store/customers/me/addresses/:id", async ({ request, params }) => {
			const customer = await signedIn(request, rt.clock.now());
			const fields = selectedFields(request);
			deleteAddress(rt.state.store, customer, params.id);
			// Upstream names the customer, not the address, as the deleted id (observed 16).
			return storeJson(rt, request, { id: customer.id, object: "address", deleted: true, parent: selectFields(customerView(customer), fields) });
		}, DESCRIBE_DELETE_ADDRESS);
};

// ---- the routes as the API document describes them (src/openapi/) ----

const THE_CUSTOMER = { description: "The customer, with their addresses.", schema: one("customer", CustomerRecord) };
const REFUSED = { description: "No or no live publishable key, or a body or query refused.", schema: MedusaError };
const FIELDS = Type.Object(FIELDS_QUERY);

/** What every account route shares: its family, who may call, and the refusals before it runs. */
const accountOperation = (spec: Omit<OperationSpec, "tags" | "security">) => {
	const bodyRefusals: OperationSpec["answers"] = spec.body ? BODY_REFUSALS : {};
	return operation({
		...spec,
		tags: ["store"],
		security: CUSTOMER,
		query: spec.query ?? FIELDS,
		answers: { ...bodyRefusals, 400: REFUSED, 401: UNAUTHORIZED, ...spec.answers },
	});
};

const DESCRIBE_UPDATE_ME = accountOperation({
	summary: "Update the signed-in customer",
	description: "Names, phone, company and metadata; the e-mail is not among them (observed 15).",
	body: UpdateCustomerBody,
	answers: { 200: THE_CUSTOMER },
});

const DESCRIBE_ADDRESSES = accountOperation({
	summary: "The customer's addresses",
	description: "Filtered by any address field in the query (observed 16).",
	query: AddressListParams,
	answers: { 200: { description: "A page of addresses.", schema: page("addresses", AddressRecord) } },
});

const DESCRIBE_ADD_ADDRESS = accountOperation({ summary: "Add an address", body: AddressBody, answers: { 200: THE_CUSTOMER } });

const DESCRIBE_ADDRESS = accountOperation({
	summary: "One of the customer's addresses",
	answers: { 200: { description: "The address.", schema: one("address", AddressRecord) }, 404: NOT_FOUND },
});

const DESCRIBE_UPDATE_ADDRESS = accountOperation({ summary: "Change an address", body: AddressBody, answers: { 200: THE_CUSTOMER, 404: NOT_FOUND } });

const DESCRIBE_DELETE_ADDRESS = accountOperation({
	summary: "Delete an address",
	description: "The answer names the customer, not the address, as the deleted id (observed 16).",
	answers: {
		200: {
			description: "Deleted, with the customer as it is now.",
			schema: closed({ id: Type.String(), object: Type.Literal("address"), deleted: Type.Literal(true), parent: CustomerRecord }),
		},
		404: NOT_FOUND,
	},
});
