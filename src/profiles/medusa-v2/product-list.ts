// The product filters both product lists take (@medusajs/medusa api/utils/common-validators/products:
// StoreGetProductParamsDirectFields) and the rows they filter, shared by GET /store/products and
// GET /admin/products (observed 28, 31, 32).
import { t } from "elysia";
import type { Product } from "../../core/store.ts";
import { type Listing, OperatorMap, StringOrList } from "./list-query.ts";

/** StoreGetProductParamsDirectFields, in upstream's order. */
export const ProductDirectFields = {
	q: t.Optional(t.String()),
	id: t.Optional(StringOrList),
	title: t.Optional(StringOrList),
	handle: t.Optional(StringOrList),
	// booleanString(): "true" or "false" in any case, else zod's union message (observed 31).
	is_giftcard: t.Optional(t.String({ pattern: "^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$", zodMessage: "Invalid input" })),
	category_id: t.Optional(StringOrList),
	option_id: t.Optional(StringOrList),
	option_value_id: t.Optional(StringOrList),
	external_id: t.Optional(StringOrList),
	collection_id: t.Optional(StringOrList),
	tag_id: t.Optional(StringOrList),
	type_id: t.Optional(StringOrList),
	created_at: t.Optional(OperatorMap),
	updated_at: t.Optional(OperatorMap),
	deleted_at: t.Optional(OperatorMap),
};

/** A product's columns: the reference's products are published, no gift cards, and in no collection, type, category, tag or option. */
export const PRODUCTS: Listing<Product> = {
	row: (product) => ({
		id: product.id,
		title: product.title,
		subtitle: null,
		description: product.description,
		handle: product.handle,
		is_giftcard: "false",
		external_id: null,
		collection_id: null,
		type_id: null,
		category_id: null,
		tag_id: null,
		option_id: null,
		option_value_id: null,
		status: "published",
		created_at: product.createdAt,
		updated_at: product.updatedAt,
		deleted_at: null,
	}),
	columns: ["id", "title", "subtitle", "description", "handle", "is_giftcard", "external_id", "collection_id", "type_id", "status", "created_at", "updated_at", "deleted_at"],
	dates: ["created_at", "updated_at", "deleted_at"],
	searchable: ["title", "subtitle", "description"],
};

/** Whether `product` is in one of `channels`: a sales channel filter, or the channels of a publishable key. */
export const inChannels = (product: Product, channels: readonly string[]): boolean => product.salesChannelIds.some((id) => channels.includes(id));

/** The filters as rows compare them: `is_giftcard` in any case is the row's lower-case one, and the sales channels are settled by the route. */
export const productFilters = <Q extends { is_giftcard?: string }>(query: Q): Q => ({ ...query, sales_channel_id: undefined, is_giftcard: query.is_giftcard?.toLowerCase() });
