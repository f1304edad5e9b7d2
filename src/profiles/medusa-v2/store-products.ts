// GET /store/products as Medusa 2.21.2's middlewares read it (observed 10, 28, 31): the query is
// validated (StoreGetProductsParams, strict), then the sales channels are settled
// (filterByValidSalesChannels: the ones asked for must all be the key's; none asked for means the
// key's, and a key without any is refused), then a region is looked up for prices.
import { t } from "elysia";
import type { ApiKey, Product } from "../../core/store.ts";
import { expressQuery } from "../../http/query.ts";
import { medusaV2Error } from "./errors.ts";
import { FindParams, type Listing, listed, OperatorMap, StringOrList } from "./list-query.ts";
import { validateInput } from "./model.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { paginate, type Page } from "./views.ts";

const StoreProductListParams = FindParams({
	region_id: t.Optional(t.String()),
	country_code: t.Optional(t.String()),
	province: t.Optional(t.String()),
	cart_id: t.Optional(t.String()),
	sales_channel_id: t.Optional(StringOrList),
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
	variants: t.Optional(t.Record(t.String(), t.Unknown())),
});

/** A product's columns: the reference's products are published, no gift cards, and in no collection, type, category, tag or option. */
const PRODUCTS: Listing<Product> = {
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

/** The sales channels whose products the request sees (transformAndValidateSalesChannelIds). */
const channelsOf = (key: ApiKey, asked: unknown): string[] => {
	const ids = asked === undefined ? [] : Array.isArray(asked) ? asked.map(String) : [String(asked)];
	if (ids.some((id) => !key.salesChannelIds.includes(id)))
		throw medusaV2Error("ERR_INVALID_DATA", "Requested sales channel is not part of the publishable key");
	const channels = ids.length > 0 ? ids : key.salesChannelIds;
	if (channels.length === 0) throw medusaV2Error("ERR_INVALID_DATA", "Publishable key needs to have a sales channel configured");
	return channels;
};

/**
 * The page of products `request` asks for. `key` is undefined, or its channels are not applied, only
 * where a defect policy says so.
 */
export const storeProductPage = (rt: MedusaV2Runtime, request: Request, key: ApiKey | undefined): { page: Page<Product>; fields?: string } => {
	const query = validateInput(StoreProductListParams, expressQuery(request));
	const channels = key && rt.policy.publishableKey.scopesProducts ? channelsOf(key, query.sales_channel_id) : undefined;
	// The reference has no regions, so every region is unknown to the pricing context (observed 31).
	if (query.region_id !== undefined)
		throw medusaV2Error("ERR_INVALID_DATA", `Region with id ${query.region_id} not found when populating the pricing context`);
	const visible = rt.state.store.listProducts((product) => !channels || product.salesChannelIds.some((id) => channels.includes(id)));
	const filters = { ...query, sales_channel_id: undefined, is_giftcard: query.is_giftcard?.toLowerCase() };
	return { page: paginate(listed(visible, filters, PRODUCTS), query), fields: query.fields };
};
