import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import {
	addressesById,
	addressIn,
	addressListIn,
	addressNotFound,
	customerIn,
	deleteAddress,
	listAddresses,
	newAddressId,
	pick,
	readAddress,
	updateAddress,
} from "./support.ts";

// Every field of observed 16's "create: every field".
const HOME = {
	address_name: "Home",
	first_name: "Ada",
	last_name: "Lovelace",
	company: "Engines",
	address_1: "1 Main St",
	address_2: "Flat 2",
	city: "London",
	province: "Greater London",
	postal_code: "N1 1AA",
	country_code: "gb",
	phone: "+44100",
	metadata: { door: "blue" },
};
const KEPT = [...Object.keys(HOME), "customer_id", "is_default_shipping", "is_default_billing"];

export default defineMedusaV2Check({
	id: "medusa-v2/account/address-round-trip",
	title: "A customer's address is created, listed, read, updated and deleted through /store/customers/me/addresses",
	rule: 'GET /store/customers/me/addresses of a new customer answers 200 {addresses:[],count:0,offset:0,limit:50}; POST with every field answers 200 {customer} holding the address (customer_id the customer, not a default); the list then counts it and GET …/addresses/{id} answers {address} with those fields; POST …/{id} {city} changes only the city; DELETE …/{id} answers 200 {id:<customer id>,object:"address",deleted:true,parent:{customer without it}}; afterwards GET …/{id} is 404 {"type":"not_found","message":"Address with id: <id> was not found"} and the list is empty again (observed 16).',
	refs: ["observed:16", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const { token, customerId } = await newCustomer(ctx);
		const empty = await listAddresses(ctx, token);
		ctx.expect.json(empty, { addresses: [], count: 0, offset: 0, limit: 50 }, "GET /store/customers/me/addresses of a new customer");

		const id = await newAddressId(ctx, token, HOME);
		const stored = { ...HOME, customer_id: customerId, is_default_shipping: false, is_default_billing: false };
		const listed = await listAddresses(ctx, token);
		const list = addressListIn(ctx, listed, "GET /store/customers/me/addresses after the create");
		ctx.expect.equal({ count: list.count, ids: [...addressesById(list).keys()] }, { count: 1, ids: [id] }, "the list after the create", listed.exchange);
		const read = await readAddress(ctx, token, id);
		ctx.expect.equal(pick(addressIn(ctx, read, "GET /store/customers/me/addresses/{id}"), KEPT), stored, "the address as read", read.exchange);

		const updated = await updateAddress(ctx, token, id, { city: "Bath" });
		const inAnswer = addressesById(customerIn(ctx, updated, "POST /store/customers/me/addresses/{id} {city}")).get(id) ?? {};
		ctx.expect.equal(pick(inAnswer, KEPT), { ...stored, city: "Bath" }, "the address in the update's answer", updated.exchange);
		const reread = await readAddress(ctx, token, id);
		ctx.expect.equal(pick(addressIn(ctx, reread, "GET /store/customers/me/addresses/{id} after the update"), KEPT), { ...stored, city: "Bath" }, "the address after the update", reread.exchange);

		const deleted = await deleteAddress(ctx, token, id);
		ctx.expect.status(deleted, 200, "DELETE /store/customers/me/addresses/{id}");
		const answer = (deleted.body ?? {}) as Record<string, unknown>;
		const parent = (answer.parent ?? {}) as Record<string, unknown>;
		ctx.expect.equal(
			{ id: answer.id, object: answer.object, deleted: answer.deleted, parent: parent.id, stillThere: addressesById(parent).has(id) },
			{ id: customerId, object: "address", deleted: true, parent: customerId, stillThere: false },
			"DELETE's answer {id, object, deleted, parent}",
			deleted.exchange,
		);
		const gone = await readAddress(ctx, token, id);
		ctx.expect.status(gone, 404, "GET /store/customers/me/addresses/{id} after the delete");
		ctx.expect.exactBody(gone, addressNotFound(id), "GET /store/customers/me/addresses/{id} after the delete");
		const after = await listAddresses(ctx, token);
		ctx.expect.equal(addressListIn(ctx, after, "GET /store/customers/me/addresses after the delete").count, 0, "count after the delete", after.exchange);
	},
});
