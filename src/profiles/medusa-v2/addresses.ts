// A customer's addresses as Medusa 2.21.2's customer module keeps them (observed 16): every text
// field nullable, an address written last is listed last, and at most one default shipping and one
// default billing address (unique partial indexes on customer_address): giving an address a default
// takes it from the one that had it, which is written first.
import { newId } from "../../core/ids.ts";
import { storedMetadata, updatedMetadata } from "../../core/metadata.ts";
import { ADDRESS_TEXT_FIELDS, type AddressText, type Customer, type CustomerAddress, type MemoryStore } from "../../core/store.ts";
import { medusaV2Error } from "./errors.ts";
import { asList } from "./list-query.ts";
import type { AddressBody } from "./model.ts";
import type { Static } from "@sinclair/typebox";

export type AddressInput = Static<typeof AddressBody>;

const notFound = (id: string): Error => medusaV2Error("ERR_NOT_FOUND", `Address with id: ${id} was not found`);

/** The customer's address `id`; another customer's is not found, as an unknown one. */
export const addressOf = (customer: Customer, id: string): CustomerAddress => {
	const address = customer.addresses.find((candidate) => candidate.id === id);
	if (!address) throw notFound(id);
	return address;
};

/** `addresses` with `written` last, after the ones whose default it took (written at `now`). */
const withWritten = (addresses: readonly CustomerAddress[], written: CustomerAddress, now: number): CustomerAddress[] => {
	const cleared: CustomerAddress[] = [];
	const kept: CustomerAddress[] = [];
	for (const address of addresses) {
		if (address.id === written.id) continue;
		const loseShipping = written.isDefaultShipping && address.isDefaultShipping;
		const loseBilling = written.isDefaultBilling && address.isDefaultBilling;
		if (!loseShipping && !loseBilling) kept.push(address);
		else
			cleared.push({
				...address,
				isDefaultShipping: address.isDefaultShipping && !loseShipping,
				isDefaultBilling: address.isDefaultBilling && !loseBilling,
				updatedAt: now,
			});
	}
	return [...kept, ...cleared, written];
};

const textOf = (input: AddressInput, base?: AddressText): AddressText =>
	Object.fromEntries(ADDRESS_TEXT_FIELDS.map((field) => [field, input[field] === undefined ? (base?.[field] ?? null) : input[field]])) as AddressText;

export const addAddress = (store: MemoryStore, customer: Customer, input: AddressInput, now: number): void => {
	const address: CustomerAddress = {
		id: newId("cuaddr", now),
		customerId: customer.id,
		text: textOf(input),
		metadata: storedMetadata(input.metadata),
		isDefaultShipping: input.is_default_shipping ?? false,
		isDefaultBilling: input.is_default_billing ?? false,
		createdAt: now,
		updatedAt: now,
	};
	store.setAddresses(customer, withWritten(customer.addresses, address, now));
};

export const updateAddress = (store: MemoryStore, customer: Customer, id: string, input: AddressInput, now: number): void => {
	const current = addressOf(customer, id);
	const address: CustomerAddress = {
		...current,
		text: textOf(input, current.text),
		metadata: updatedMetadata(current.metadata, input.metadata),
		isDefaultShipping: input.is_default_shipping ?? current.isDefaultShipping,
		isDefaultBilling: input.is_default_billing ?? current.isDefaultBilling,
		updatedAt: now,
	};
	store.setAddresses(customer, withWritten(customer.addresses, address, now));
};

export const deleteAddress = (store: MemoryStore, customer: Customer, id: string): void => {
	const gone = addressOf(customer, id);
	store.setAddresses(
		customer,
		customer.addresses.filter((address) => address !== gone),
	);
};

/** The model's searchable() fields (customer module, models/address.js), which `q` searches case-insensitively. */
const SEARCHABLE = ["address_name", "company", "first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code"] as const;

/** The address list's filters (StoreGetCustomerAddressesParams): exact city, country and postal codes, and `q`. */
export const matchesAddressQuery = (address: CustomerAddress, query: Record<string, unknown>): boolean => {
	for (const field of ["city", "country_code", "postal_code"] as const) {
		const wanted = query[field];
		if (wanted === undefined) continue;
		if (!asList(wanted).includes(address.text[field])) return false;
	}
	const q = query.q;
	if (typeof q !== "string" || q === "") return true;
	const needle = q.toLowerCase();
	return SEARCHABLE.some((field) => address.text[field]?.toLowerCase().includes(needle));
};
