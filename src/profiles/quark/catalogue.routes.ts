// The public catalogue (seed 003: "Most storefront endpoints are public (product browsing,
// categories, etc.)"): no token is read. The routes and their query parameters are reference
// choices (README); the product search is the route the "search" rate policy covers (rate-limits.ts).
import { Elysia } from "elysia";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import { CATEGORIES, invalid, notFoundOr, PRODUCT, PRODUCT_FILTER, PRODUCTS, RATE_LIMITED, searchParameters } from "./api-schemas.ts";
import { searchProducts } from "./catalogue.ts";
import { quarkError, ValidationFailed } from "./errors.ts";
import { guidParameter } from "./path-ids.ts";
import type { QuarkRuntime } from "./runtime.ts";
import { categoryView, productView } from "./views.ts";

const SEARCH_MAX_LENGTH = 200;

/** `q` as a `[FromQuery, Required, MaxLength(200)] string q` parameter binds it: its first value. */
const searchQuery = (request: Request): string => {
	const q = new URL(request.url).searchParams.get("q");
	if (q === null || q.trim() === "") throw new ValidationFailed({ q: ["The q field is required."] });
	if (q.length > SEARCH_MAX_LENGTH) throw new ValidationFailed({ q: [`The field q must be a string or array type with a maximum length of '${SEARCH_MAX_LENGTH}'.`] });
	return q;
};

export const catalogueRoutes = (rt: QuarkRuntime) =>
	new Elysia({ name: "quark/catalogue" })
		.get(
			"/api/storefront/categories",
			() => jsonResponse(200, rt.state.slice.catalogue.categories.map(categoryView)),
			operation({
				summary: "List the categories",
				description: "Public (seed 003: product browsing and categories need no token); any token is ignored. In fixture order.",
				tags: ["catalogue"],
				answers: { 200: { description: "Every category.", schema: CATEGORIES }, ...RATE_LIMITED },
			}),
		)
		// Every product, or a category's with `?categoryId=`.
		.get("/api/storefront/products", ({ request }) => {
			const categoryId = new URL(request.url).searchParams.get("categoryId")?.toLowerCase();
			const { products } = rt.state.slice.catalogue;
			return jsonResponse(200, products.filter((product) => categoryId === undefined || product.categoryId === categoryId).map(productView));
		}, operation({
			summary: "List the products",
			description: "Public; any token is ignored. In fixture order; `categoryId` keeps one category's (none for an unknown one).",
			tags: ["catalogue"],
			query: PRODUCT_FILTER,
			answers: { 200: { description: "The products.", schema: PRODUCTS }, ...RATE_LIMITED },
		}))
		.get(
			"/api/storefront/products/search",
			({ request }) => jsonResponse(200, searchProducts(rt.state.slice.catalogue, searchQuery(request)).map(productView)),
			operation({
				summary: "Search the products",
				description: "Public; any token is ignored. The route the search rate policy (60 a minute) covers, besides the global one (FACTS.md §D).",
				tags: ["catalogue"],
				query: searchParameters(SEARCH_MAX_LENGTH),
				answers: {
					200: { description: "The products whose name or description holds `q`, in any letter case.", schema: PRODUCTS },
					400: invalid(`\`q\` missing, blank or over ${SEARCH_MAX_LENGTH} characters: ValidationProblemDetails under \`q\`.`),
					...RATE_LIMITED,
				},
			}),
		)
		.get("/api/storefront/products/:id", ({ params }) => {
			const product = rt.state.slice.catalogue.productsById.get(guidParameter(params.id));
			if (!product) throw quarkError("ERR_NOT_FOUND", "Product not found.");
			return jsonResponse(200, productView(product));
		}, operation({
			summary: "One product",
			description: "Public; any token is ignored. `id` is a GUID in either letter case (`{id:guid}`).",
			tags: ["catalogue"],
			answers: {
				200: { description: "The product.", schema: PRODUCT },
				...notFoundOr('No such product: `{"message":"Product not found."}`'),
				...RATE_LIMITED,
			},
		}));
