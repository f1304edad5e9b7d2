import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer, storeHeaders } from "../flows.ts";
import { ADDRESSES, addressesById, addressIn, addressListIn, deleteAddress, listAddresses, newAddressId, pick, readAddress, updateAddress } from "./support.ts";

const HOME = { address_name: "Home", address_1: "1 Main St", city: "London", postal_code: "N1 1AA", phone: "+44100" };

export default defineMedusaV2Check({
	id: "medusa-v2/account/addresses-private",
	title: "A customer's address can be read, changed or deleted by no one else",
	rule: "Another signed-in customer's GET, POST {city} and DELETE on /store/customers/me/addresses/{id} of the address each answer 404 {\"type\":\"not_found\",…} (as an unknown id does) and their list does not hold it; the same three without a token (publishable key only) answer 401; afterwards the owner reads the address unchanged (observed 16: read, update and delete another customer's address; no token).",
	refs: ["observed:16", "observed:error-shapes"],
	tier: "observed",
	// Anything else hands one customer another's name, street and phone, or lets them change or remove it.
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const owner = await newCustomer(ctx, "owner");
		const other = await newCustomer(ctx, "other");
		const id = await newAddressId(ctx, owner.token, HOME);

		const notFound = (reply: Reply, what: string): void => {
			ctx.expect.status(reply, 404, `${what} of another customer's address`);
			ctx.expect.equal((reply.body as { type?: unknown } | undefined)?.type, "not_found", `${what} of another customer's address: type`, reply.exchange);
		};
		notFound(await readAddress(ctx, other.token, id), "GET /store/customers/me/addresses/{id}");
		notFound(await updateAddress(ctx, other.token, id, { city: "Hack" }), "POST /store/customers/me/addresses/{id}");
		notFound(await deleteAddress(ctx, other.token, id), "DELETE /store/customers/me/addresses/{id}");
		const theirs = await listAddresses(ctx, other.token);
		ctx.expect.equal(addressesById(addressListIn(ctx, theirs, "the other customer's GET /store/customers/me/addresses")).has(id), false, "the other customer's list holds the address", theirs.exchange);

		for (const [method, json] of [["GET", undefined], ["POST", { city: "Anon" }], ["DELETE", undefined]] as const) {
			const reply = await ctx.request({ method, path: `${ADDRESSES}/${id}`, headers: storeHeaders(ctx), json, useJar: false });
			ctx.expect.status(reply, 401, `${method} /store/customers/me/addresses/{id} without a token`);
		}

		const afterwards = await readAddress(ctx, owner.token, id);
		ctx.expect.equal(pick(addressIn(ctx, afterwards, "the owner's GET /store/customers/me/addresses/{id} afterwards"), Object.keys(HOME)), HOME, "the owner's address afterwards", afterwards.exchange);
	},
});
