// The store's products (medusa-v1-observed.md fact 41; transcripts 13, 20, 21, 22): GET
// /store/products lists the products of the request's sales channels, newest first, 100 to a page;
// GET /store/products/:id answers one of them. The publishable key is optional: a live key linked to
// channels scopes the request to them, and anything else to the default channel (N12).
import { Elysia } from "elysia";
import { isKeyActive } from "../../core/api-keys.ts";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import { INVALID_PAGE, NOT_FOUND, OPTIONAL_KEY, PRODUCT_REFUSED, pageQuery, STORE_PRODUCT_BODY, STORE_PRODUCTS_BODY } from "./api-schemas.ts";
import { medusaV1Error } from "./errors.ts";
import { listBody, type PageRules, readPage } from "./list-page.ts";
import { storeProductView } from "./product-views.ts";
import type { Product } from "./products.ts";
import type { MedusaV1Runtime } from "./runtime.ts";
import { pathParameter } from "./validate.ts";

/** StoreGetProductsParams: 100 to a page, `offset` declared before `limit` (transcripts 13, 22). */
const STORE_PAGE: PageRules = { defaultLimit: 100, fields: ["offset", "limit"] };

interface Scope {
	channelIds: readonly string[];
	/** Whether a live key set the scope: only then does upstream add each product's `sales_channels`. */
	byKey: boolean;
}

/**
 * The channels a request sees. Upstream scopes by any key it finds, revoked ones included, and
 * lists every channel for an unknown key or a key linked to none (fact 41); the reference never
 * widens the key-less scope: those keys count as no key (N12, README).
 */
const scopeOf = (rt: MedusaV1Runtime, request: Request, now: number): Scope => {
	const token = request.headers.get("x-publishable-api-key");
	const key = token === null ? undefined : rt.state.store.findApiKey("publishable", token);
	if (key && isKeyActive(key, now) && key.salesChannelIds.length > 0) return { channelIds: key.salesChannelIds, byKey: true };
	const { defaultChannelId } = rt.state.slice.catalogue;
	return { channelIds: defaultChannelId === undefined ? [] : [defaultChannelId], byKey: false };
};

const inScope = (product: Product, scope: Scope): boolean => product.salesChannels.some((channel) => scope.channelIds.includes(channel.id));

const DESCRIBE_PRODUCTS = operation({
	summary: "The products of the request's sales channels",
	description:
		"Fact 41; transcripts 13, recorded 21: newest first, 100 to a page, with options, variants and prices; `sales_channels` on each only when a live key " +
		"set the channels. A revoked, unknown or channel-less key counts as none: the default channel (N12). Other query parameters are ignored (README).",
	tags: ["products"],
	security: OPTIONAL_KEY,
	query: pageQuery(100),
	answers: { 200: { description: "A page of the products.", schema: STORE_PRODUCTS_BODY }, 400: INVALID_PAGE },
});

const DESCRIBE_PRODUCT = operation({
	summary: "One product of the request's sales channels",
	description: "Recorded 20, 23: the listed shape, never with `sales_channels`. Without a live key, only the default channel's products (N12).",
	tags: ["products"],
	security: OPTIONAL_KEY,
	answers: {
		200: { description: "The product.", schema: STORE_PRODUCT_BODY },
		400: PRODUCT_REFUSED,
		404: { description: "No product of the request's channels has this id.", schema: NOT_FOUND },
	},
});

export const productRoutes = (rt: MedusaV1Runtime) =>
	new Elysia({ name: "medusa-v1/products" })
		.get("/store/products", ({ request }) => {
			const scope = scopeOf(rt, request, rt.clock.now());
			const page = readPage(request, STORE_PAGE);
			const { products, shippingProfile } = rt.state.slice.catalogue;
			const visible = products.filter((product) => inScope(product, scope));
			return jsonResponse(200, listBody("products", visible, page, (product) => storeProductView(product, shippingProfile, scope.byKey)));
		}, DESCRIBE_PRODUCTS)
		// One product, never with `sales_channels` (transcript 20). Upstream answers any product to a
		// request without a key; the reference answers only the default channel's (N12, README).
		.get("/store/products/:id", ({ params, request }) => {
			const id = pathParameter(params.id, "id");
			const scope = scopeOf(rt, request, rt.clock.now());
			const { products, shippingProfile } = rt.state.slice.catalogue;
			const product = products.find((candidate) => candidate.id === id);
			if (product && !inScope(product, scope) && scope.byKey)
				throw medusaV1Error(
					"ERR_PRODUCT_OUTSIDE_KEY",
					`Product with id: ${id} is not associated with sales channels defined by the Publishable API Key passed in the header of the request.`,
				);
			if (!product || !inScope(product, scope)) throw medusaV1Error("ERR_NOT_FOUND", `Product with id: ${id} was not found`);
			return jsonResponse(200, { product: storeProductView(product, shippingProfile, false) });
		}, DESCRIBE_PRODUCT);
