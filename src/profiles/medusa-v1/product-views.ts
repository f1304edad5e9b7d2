// A v1 product as Medusa 1.20.11 writes it, keys in upstream order: the store's (transcripts 13,
// 20) and the admin's (14e, 19), which adds the `profile` object and always has `sales_channels`.
// Upstream creates a product's options, values, variants and prices with it, so they carry its
// dates; what the fixtures do not give (collection, dimensions, tags, computed prices) is the empty
// value upstream writes for it.
import type { Product, SalesChannel, ShippingProfile, Variant } from "./products.ts";
import { iso } from "./views.ts";

/** `created_at`, `updated_at` and `deleted_at` of a record never changed or deleted. */
const dates = (createdAt: number) => ({ created_at: iso(createdAt), updated_at: iso(createdAt), deleted_at: null });

/** The customs fields, which the fixtures do not give. */
const CUSTOMS = { hs_code: null, origin_country: null, mid_code: null, material: null };

const salesChannelView = (channel: SalesChannel) => ({
	id: channel.id,
	...dates(channel.createdAt),
	name: channel.name,
	description: channel.description,
	is_disabled: false,
	metadata: null,
});

const shippingProfileView = (profile: ShippingProfile) => ({
	id: profile.id,
	...dates(profile.createdAt),
	name: profile.name,
	type: "default",
	metadata: null,
});

/** The values of one option across the variants: listed under the option and under each variant. */
const optionValueViews = (product: Product, variant: Variant) =>
	variant.options.map((value) => ({
		id: value.id,
		...dates(product.createdAt),
		value: value.value,
		option_id: value.option_id,
		variant_id: variant.id,
		metadata: null,
	}));

const variantView = (product: Product, variant: Variant, rank: number) => ({
	id: variant.id,
	...dates(product.createdAt),
	title: variant.title,
	product_id: product.id,
	sku: null,
	barcode: null,
	ean: null,
	upc: null,
	// Upstream ranks a product's variants in the order they were created with it.
	variant_rank: rank,
	inventory_quantity: variant.inventory_quantity,
	allow_backorder: false,
	manage_inventory: false,
	...CUSTOMS,
	weight: null,
	length: null,
	height: null,
	width: null,
	metadata: null,
	options: optionValueViews(product, variant),
	prices: variant.prices.map((price) => ({
		id: price.id,
		...dates(product.createdAt),
		currency_code: price.currency_code,
		amount: price.amount,
		min_quantity: null,
		max_quantity: null,
		price_list_id: null,
		region_id: null,
		price_list: null,
		variant_id: variant.id,
	})),
	// Prices are computed only for a region, a currency or a cart, which the reference does not take.
	original_price: null,
	calculated_price: null,
	original_price_incl_tax: null,
	calculated_price_incl_tax: null,
	original_tax: null,
	calculated_tax: null,
	tax_rates: null,
});

interface Audience {
	/** The admin's `profile` object beside `profiles` (transcript 14e). */
	profile: boolean;
	salesChannels: boolean;
}

const productView = (product: Product, shippingProfile: ShippingProfile, audience: Audience) => {
	const profile = shippingProfileView(shippingProfile);
	return {
		id: product.id,
		...dates(product.createdAt),
		title: product.title,
		subtitle: null,
		description: product.description,
		handle: product.handle,
		is_giftcard: false,
		status: "published",
		thumbnail: null,
		weight: null,
		length: null,
		height: null,
		width: null,
		...CUSTOMS,
		type_id: null,
		discountable: true,
		external_id: null,
		metadata: null,
		collection: null,
		collection_id: null,
		images: [],
		options: product.options.map((option) => ({
			id: option.id,
			...dates(product.createdAt),
			title: option.title,
			product_id: product.id,
			metadata: null,
			values: product.variants.flatMap((variant) => optionValueViews(product, variant).filter((value) => value.option_id === option.id)),
		})),
		profiles: [profile],
		...(audience.profile ? { profile } : {}),
		profile_id: profile.id,
		...(audience.salesChannels ? { sales_channels: product.salesChannels.map(salesChannelView) } : {}),
		tags: [],
		type: null,
		variants: product.variants.map((variant, rank) => variantView(product, variant, rank)),
	};
};

/**
 * A product as the store lists it. `sales_channels` only when the request's publishable key scoped
 * the listing (medusa-v1-observed.md, "Further observations"): every channel of the product, not only
 * the key's (transcript 21).
 */
export const storeProductView = (product: Product, shippingProfile: ShippingProfile, withSalesChannels: boolean) =>
	productView(product, shippingProfile, { profile: false, salesChannels: withSalesChannels });

/** A product as /admin/products lists it (transcript 14e). */
export const adminProductView = (product: Product, shippingProfile: ShippingProfile) =>
	productView(product, shippingProfile, { profile: true, salesChannels: true });
