import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { addressesById, addressListIn, customerIn, listAddresses, newAddressId, updateAddress } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/account/one-default-address",
	title: "A customer has at most one default shipping and one default billing address",
	rule: "When an address is created with is_default_shipping: true, or updated to is_default_billing: true, the customer's address that held that flag loses it: GET /store/customers/me/addresses then shows exactly one default shipping and one default billing address, the newest holder of each (observed 16: create: defaults, update).",
	refs: ["observed:16"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const { token } = await newCustomer(ctx);
		const first = await newAddressId(ctx, token, { city: "Paris", is_default_shipping: true, is_default_billing: true });
		const second = await newAddressId(ctx, token, { city: "London", is_default_shipping: true });
		customerIn(ctx, await updateAddress(ctx, token, second, { is_default_billing: true }), "POST /store/customers/me/addresses/{id} {is_default_billing: true}");

		const listed = await listAddresses(ctx, token);
		const addresses = [...addressesById(addressListIn(ctx, listed, "GET /store/customers/me/addresses")).values()];
		const holders = (flag: string): unknown[] => addresses.filter((address) => address[flag] === true).map((address) => address.id);
		ctx.expect.equal(
			{ shipping: holders("is_default_shipping"), billing: holders("is_default_billing") },
			{ shipping: [second], billing: [second] },
			`default holders (${first} held both first, ${second} took them)`,
			listed.exchange,
		);
	},
});
