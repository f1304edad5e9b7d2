// The public catalogue (seed 003: "Most storefront endpoints are public (product browsing,
// categories, etc.)"): the fixtures' categories and products, which no route changes. Prices are
// kept in cents, so that totals add up exactly, and written as decimals (a .NET `decimal`).
import type { QuarkFixtures } from "./fixtures.ts";

/** The one currency of the reference's store (reference choice: the fixtures' us-store). */
export const CURRENCY = "USD";

export interface Category {
	id: string;
	name: string;
	slug: string;
}

export interface Product {
	id: string;
	name: string;
	slug: string;
	description: string | null;
	priceCents: number;
	categoryId: string;
}

export interface Catalogue {
	categories: readonly Category[];
	/** In fixture order, which the lists keep. */
	products: readonly Product[];
	productsById: ReadonlyMap<string, Product>;
}

/** The catalogue of fixtures readQuarkFixtures has checked: every product's category exists. */
export const createCatalogue = (fixtures: QuarkFixtures): Catalogue => {
	const products = fixtures.catalog_products.map(
		(product): Product => ({
			id: product.id,
			name: product.name,
			slug: product.slug,
			description: product.description ?? null,
			priceCents: Math.round(product.price * 100),
			categoryId: product.category_id,
		}),
	);
	return { categories: fixtures.categories, products, productsById: new Map(products.map((product) => [product.id, product])) };
};

/** The products whose name or description holds `query`, ignoring letter case (reference choice). */
export const searchProducts = (catalogue: Catalogue, query: string): Product[] => {
	const needle = query.toLowerCase();
	return catalogue.products.filter(
		(product) => product.name.toLowerCase().includes(needle) || (product.description?.toLowerCase().includes(needle) ?? false),
	);
};

/** Cents as the decimal a .NET `decimal` serialises to (19.99, 12). */
export const decimal = (cents: number): number => cents / 100;
