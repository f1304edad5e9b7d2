// Records as Medusa 2.21.2 serialises them: snake_case keys in upstream order, ISO dates, and the
// default fields of each route (observed 03 for customers; the others are reference choices
// following upstream's query configs, listed in this profile's README).
import { medusaV2Error } from "./errors.ts";
import type { ApiKey, Customer, MemoryStore, Product, User } from "../../core/store.ts";

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

const salesChannelsView = (ids: string[], store: MemoryStore): Array<{ id: string; name: string }> =>
	ids.flatMap((id) => {
		const channel = store.getSalesChannel(id);
		return channel ? [{ id: channel.id, name: channel.name }] : [];
	});

export const customerView = (customer: Customer): Record<string, unknown> => ({
	id: customer.id,
	email: customer.email,
	company_name: customer.companyName,
	first_name: customer.firstName,
	last_name: customer.lastName,
	phone: customer.phone,
	metadata: null,
	has_account: customer.hasAccount,
	deleted_at: null,
	created_at: iso(customer.createdAt),
	updated_at: iso(customer.updatedAt),
	addresses: [],
});

export const userView = (user: User): Record<string, unknown> => ({
	id: user.id,
	first_name: user.firstName,
	last_name: user.lastName,
	email: user.email,
	avatar_url: null,
	metadata: null,
	created_at: iso(user.createdAt),
	updated_at: iso(user.updatedAt),
	deleted_at: null,
});

export const storeProductView = (product: Product): Record<string, unknown> => ({
	id: product.id,
	title: product.title,
	subtitle: null,
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
	created_at: iso(product.createdAt),
	updated_at: iso(product.updatedAt),
	type: null,
	collection: null,
	options: [],
	tags: [],
	images: [],
	variants: [],
});

export const adminProductView = (product: Product, store: MemoryStore): Record<string, unknown> => ({
	...storeProductView(product),
	status: "published",
	external_id: null,
	deleted_at: null,
	metadata: null,
	sales_channels: salesChannelsView(product.salesChannelIds, store),
});

/**
 * An API key. A secret key's token appears only in the response that created it
 * (`revealedToken`); everywhere else it is "" and only `redacted` shows (upstream api-key module).
 */
export const apiKeyView = (key: ApiKey, store: MemoryStore, revealedToken?: string): Record<string, unknown> => ({
	id: key.id,
	token: key.token ?? revealedToken ?? "",
	redacted: key.redacted,
	title: key.title,
	type: key.type,
	last_used_at: null,
	created_by: key.createdBy,
	created_at: iso(key.createdAt),
	updated_at: iso(key.revokedAt ?? key.createdAt),
	revoked_by: key.revokedBy,
	revoked_at: key.revokedAt === null ? null : iso(key.revokedAt),
	deleted_at: null,
	sales_channels: salesChannelsView(key.salesChannelIds, store),
});

export interface Page<T> {
	items: T[];
	count: number;
	offset: number;
	limit: number;
}

const readCount = (query: Record<string, string | undefined>, field: string, fallback: number): number => {
	const raw = query[field];
	if (raw === undefined) return fallback;
	if (!/^\d+$/.test(raw))
		throw medusaV2Error("ERR_INVALID_BODY", `Invalid request: Expected type: 'number' for field '${field}', got: 'string'`);
	return Number(raw);
};

/** `?limit=&offset=` as upstream's createFindParams reads them; both lists default to 50 items (observed 10). */
export const paginate = <T>(all: T[], query: Record<string, string | undefined>, defaultLimit = 50): Page<T> => {
	const limit = readCount(query, "limit", defaultLimit);
	const offset = readCount(query, "offset", 0);
	return { items: all.slice(offset, offset + limit), count: all.length, offset, limit };
};
