// Records as Medusa 2.21.2 serialises them: snake_case keys in upstream order, ISO dates, and the
// default fields of each route (observed 03 for customers; the others are reference choices
// following upstream's query configs, listed in this profile's README).
import { medusaV2Error } from "./errors.ts";
import type { ApiKey, Customer, CustomerAddress, MemoryStore, Product, User } from "../../core/store.ts";

/** A record as an answer shows it: JSON keys in upstream's order. */
export type View = Record<string, unknown>;

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

const salesChannelsView = (ids: string[], store: MemoryStore): Array<{ id: string; name: string }> =>
	ids.flatMap((id) => {
		const channel = store.getSalesChannel(id);
		return channel ? [{ id: channel.id, name: channel.name }] : [];
	});

/** An address as a customer's `*addresses` relation shows it: the entity's own column order (observed 16). */
const nestedAddressView = (address: CustomerAddress): View => ({
	id: address.id,
	address_name: address.text.address_name,
	is_default_shipping: address.isDefaultShipping,
	is_default_billing: address.isDefaultBilling,
	company: address.text.company,
	first_name: address.text.first_name,
	last_name: address.text.last_name,
	address_1: address.text.address_1,
	address_2: address.text.address_2,
	city: address.text.city,
	country_code: address.text.country_code,
	province: address.text.province,
	postal_code: address.text.postal_code,
	phone: address.text.phone,
	metadata: address.metadata,
	customer_id: address.customerId,
	created_at: iso(address.createdAt),
	updated_at: iso(address.updatedAt),
	deleted_at: null,
});

/** An address as the address routes show it: defaultStoreCustomerAddressFields, in that order (observed 16). */
export const addressView = (address: CustomerAddress): View => ({
	id: address.id,
	address_name: address.text.address_name,
	company: address.text.company,
	customer_id: address.customerId,
	first_name: address.text.first_name,
	last_name: address.text.last_name,
	address_1: address.text.address_1,
	address_2: address.text.address_2,
	city: address.text.city,
	province: address.text.province,
	postal_code: address.text.postal_code,
	country_code: address.text.country_code,
	phone: address.text.phone,
	metadata: address.metadata,
	is_default_shipping: address.isDefaultShipping,
	is_default_billing: address.isDefaultBilling,
	created_at: iso(address.createdAt),
	updated_at: iso(address.updatedAt),
});

export const customerView = (customer: Customer): View => ({
	id: customer.id,
	email: customer.email,
	company_name: customer.companyName,
	first_name: customer.firstName,
	last_name: customer.lastName,
	phone: customer.phone,
	metadata: customer.metadata,
	has_account: customer.hasAccount,
	deleted_at: null,
	created_at: iso(customer.createdAt),
	updated_at: iso(customer.updatedAt),
	addresses: customer.addresses.map(nestedAddressView),
});

const isRecord = (value: unknown): value is View => typeof value === "object" && value !== null && !Array.isArray(value);

/** `relation.column` of a related record or of each of a list of them (observed 31: `sales_channels.id`). */
const nestedField = (related: unknown, column: string, chosen: unknown): unknown => {
	if (Array.isArray(related))
		return related.map((item, i) => (isRecord(item) ? { ...(Array.isArray(chosen) && isRecord(chosen[i]) ? chosen[i] : {}), [column]: item[column] } : item));
	return isRecord(related) ? { ...(isRecord(chosen) ? chosen : {}), [column]: related[column] } : related;
};

/**
 * `view` with the `fields=` a request asked for. Plain names select those fields in the order asked,
 * `relation.column` a column of a relation, and the record's `id` comes last when not asked for
 * (observed 15, 27, 29, 30: `fields=email` answers `{email, id}`). With no plain name, `-name` takes
 * from the default fields, in the view's order. Reference choice: names the view does not have select
 * nothing.
 */
export const selectFields = (view: View, fields: string | undefined): View => {
	if (fields === undefined) return view;
	const names = fields.split(",").map((name) => name.trim()).filter(Boolean);
	if (names.every((name) => /^[+\-*]/.test(name))) {
		const removed = new Set(names.filter((name) => name.startsWith("-")).map((name) => name.slice(1)));
		return Object.fromEntries(Object.entries(view).filter(([key]) => !removed.has(key)));
	}
	const chosen: View = {};
	// Beside plain names, `+name` and `*name` select too.
	for (const name of names.filter((name) => !name.startsWith("-")).map((name) => name.replace(/^[+*]/, ""))) {
		const [head = "", ...rest] = name.split(".");
		if (!Object.hasOwn(view, head)) continue;
		chosen[head] = rest.length === 0 ? view[head] : nestedField(view[head], rest.join("."), chosen[head]);
	}
	if (Object.hasOwn(view, "id") && !Object.hasOwn(chosen, "id")) chosen.id = view.id;
	return chosen;
};

export const userView = (user: User): View => ({
	id: user.id,
	first_name: user.firstName,
	last_name: user.lastName,
	email: user.email,
	avatar_url: user.avatarUrl,
	metadata: user.metadata,
	created_at: iso(user.createdAt),
	updated_at: iso(user.updatedAt),
	deleted_at: null,
});

/** A product's own columns between its titles and its dates: the reference's products have no measures, type or collection. */
const productDetails = (product: Product): View => ({
	description: product.description,
	handle: product.handle,
	is_giftcard: false,
	discountable: true,
	thumbnail: null,
	collection_id: null,
	type_id: null,
	weight: null,
	length: null,
	height: null,
	width: null,
	hs_code: null,
	origin_country: null,
	mid_code: null,
	material: null,
});

/** A product's relations, all empty here. */
const productRelations = (): View => ({ type: null, collection: null, options: [], tags: [], images: [], variants: [] });

export const storeProductView = (product: Product): View => ({
	id: product.id,
	title: product.title,
	subtitle: null,
	...productDetails(product),
	created_at: iso(product.createdAt),
	updated_at: iso(product.updatedAt),
	...productRelations(),
});

/** A product as the admin routes show it, in the order of observed 33. */
export const adminProductView = (product: Product, store: MemoryStore): View => ({
	id: product.id,
	title: product.title,
	subtitle: null,
	status: "published",
	external_id: null,
	...productDetails(product),
	created_at: iso(product.createdAt),
	updated_at: iso(product.updatedAt),
	deleted_at: null,
	metadata: null,
	...productRelations(),
	sales_channels: salesChannelsView(product.salesChannelIds, store),
});

/**
 * An API key as the create route answers it: the module's own record, with the token in full this
 * once, for a secret key the only time it exists outside the client (observed 25, 26).
 */
export const createdApiKeyView = (key: ApiKey, token: string): View => ({
	id: key.id,
	token,
	redacted: key.redacted,
	title: key.title,
	type: key.type,
	last_used_at: null,
	created_by: key.createdBy,
	revoked_by: key.revokedBy,
	revoked_at: key.revokedAt === null ? null : iso(key.revokedAt),
	created_at: iso(key.createdAt),
	updated_at: iso(key.updatedAt),
	deleted_at: null,
});

/**
 * An API key as the other routes answer it: defaultAdminApiKeyFields, in that order. A secret key's
 * token is "" and only `redacted` shows it (observed 26).
 */
export const apiKeyView = (key: ApiKey, store: MemoryStore): View => ({
	id: key.id,
	title: key.title,
	token: key.token ?? "",
	redacted: key.redacted,
	type: key.type,
	last_used_at: null,
	updated_at: iso(key.updatedAt),
	created_at: iso(key.createdAt),
	created_by: key.createdBy,
	revoked_at: key.revokedAt === null ? null : iso(key.revokedAt),
	revoked_by: key.revokedBy,
	sales_channels: salesChannelsView(key.salesChannelIds, store),
});

export interface Page<T> {
	items: T[];
	count: number;
	offset: number;
	limit: number;
}

/**
 * A count as createFindParams reads it: parseInt of a non-empty string, so "10abc" is 10 and "abc" is
 * refused naming the value (observed 28). Reference choice: a negative count, which upstream passes to
 * SQL and answers 500 for (observed 28, offset=-1), is refused with zod's too_small message.
 */
const readCount = (query: Record<string, unknown>, field: string, fallback: number): number => {
	const raw = query[field];
	if (raw === undefined || raw === "") return fallback;
	const count = typeof raw === "string" ? Number.parseInt(raw, 10) : Number.NaN;
	if (Number.isNaN(count))
		throw medusaV2Error("ERR_INVALID_BODY", `Invalid request: Expected type: 'number' for field '${field}', got: '${String(raw)}'`);
	if (count < 0) throw medusaV2Error("ERR_INVALID_BODY", `Invalid request: Value for field '${field}' too small, expected at least: '0'`);
	return count;
};

/** `?limit=&offset=` as upstream's createFindParams reads them; both lists default to 50 items (observed 10). */
export const paginate = <T>(all: T[], query: Record<string, unknown>, defaultLimit = 50): Page<T> => {
	const limit = readCount(query, "limit", defaultLimit);
	const offset = readCount(query, "offset", 0);
	return { items: all.slice(offset, offset + limit), count: all.length, offset, limit };
};
