// GET /admin/products and GET /admin/products/:id as Medusa 2.21.2 reads them (observed 09b, 32).
// The list's query is AdminGetProductsParams: createFindParams and the product filters, plus
// `status` and `price_list_id` as lists, in an object that strips unknown keys instead of refusing
// them; then the sales channel and price list filters of the route's middlewares. One product takes
// createSelectParams(), strict.
import { t } from "elysia";
import { expressQuery } from "../../http/query.ts";
import { jsonResponse } from "../../http/respond.ts";
import { medusaV2Error } from "./errors.ts";
import { asList, FindParams, listed, StringOrList } from "./list-query.ts";
import { selectedFields, validateInput } from "./model.ts";
import { inChannels, PRODUCTS, ProductDirectFields, productFilters } from "./product-list.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { adminProductView, paginate, selectFields } from "./views.ts";

/** ProductStatus of @medusajs/utils. */
const ProductStatus = t.Union([t.Literal("draft"), t.Literal("proposed"), t.Literal("published"), t.Literal("rejected")]);

const AdminProductListParams = FindParams(
	{
		variants: t.Optional(t.Record(t.String(), t.Unknown())),
		status: t.Optional(t.Array(ProductStatus)),
		price_list_id: t.Optional(t.Array(t.String())),
		sales_channel_id: t.Optional(StringOrList),
		...ProductDirectFields,
	},
	{ strict: false },
);

export const adminProductRoutes = (rt: MedusaV2Runtime) => {
	const { store } = rt.state;
	return {
		list(request: Request): Response {
			const query = validateInput(AdminProductListParams, expressQuery(request));
			const channels = query.sales_channel_id === undefined ? undefined : asList(query.sales_channel_id);
			// Reference choice: there are no price lists, so their variants are none and no product is in one
			// (maybeApplyPriceListsFilter filters by the variants its prices belong to).
			const candidates = query.price_list_id !== undefined ? [] : store.listProducts((product) => !channels || inChannels(product, channels));
			const page = paginate(listed(candidates, { ...productFilters(query), price_list_id: undefined }, PRODUCTS), query);
			const products = page.items.map((product) => selectFields(adminProductView(product, store), query.fields));
			return jsonResponse(200, { products, count: page.count, offset: page.offset, limit: page.limit });
		},

		get(request: Request, id: string): Response {
			const fields = selectedFields(request);
			const product = store.getProduct(id);
			if (!product) throw medusaV2Error("ERR_NOT_FOUND", "Product not found");
			return jsonResponse(200, { product: selectFields(adminProductView(product, store), fields) });
		},
	};
};
