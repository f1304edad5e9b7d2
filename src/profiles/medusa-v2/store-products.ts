// GET /store/products as Medusa 2.21.2's middlewares read it (observed 10, 28, 31): the query is
// validated (StoreGetProductsParams, strict), then the sales channels are settled
// (filterByValidSalesChannels: the ones asked for must all be the key's; none asked for means the
// key's, and a key without any is refused), then a region is looked up for prices.
import { t } from "elysia";
import type { ApiKey, Product } from "../../core/store.ts";
import { expressQuery } from "../../http/query.ts";
import { medusaV2Error } from "./errors.ts";
import { asList, FindParams, listed, StringOrList } from "./list-query.ts";
import { validateInput } from "./model.ts";
import { inChannels, PRODUCTS, ProductDirectFields, productFilters } from "./product-list.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { paginate, type Page } from "./views.ts";

const StoreProductListParams = FindParams({
	region_id: t.Optional(t.String()),
	country_code: t.Optional(t.String()),
	province: t.Optional(t.String()),
	cart_id: t.Optional(t.String()),
	sales_channel_id: t.Optional(StringOrList),
	...ProductDirectFields,
	variants: t.Optional(t.Record(t.String(), t.Unknown())),
});

/** The sales channels whose products the request sees (transformAndValidateSalesChannelIds). */
const channelsOf = (key: ApiKey, asked: unknown): string[] => {
	const ids = asked === undefined ? [] : asList(asked).map(String);
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
	const visible = rt.state.store.listProducts((product) => !channels || inChannels(product, channels));
	return { page: paginate(listed(visible, productFilters(query), PRODUCTS), query), fields: query.fields };
};
