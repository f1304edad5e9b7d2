// The v1 catalogue: the fixtures' sales channels, shipping profile and products with their options,
// variants and prices, read into what the product routes list (transcripts 13 and 14e). Core reads
// the same sections for the store's keys and channels; this profile reads them again with the fields
// only a v1 product has. Every field the v1 product views need and the fixtures do not give (a
// product's status, its collection, dimensions) is upstream's empty value, written by product-views.ts.
import { type Static, Type } from "@sinclair/typebox";
import { fieldValues, refuseUnknownReferences } from "../../core/fixture-references.ts";
import { CORE_SECTIONS, CREATED_AT, type CoreFixtures, fixtureList, fixturesFileSchema } from "../../core/fixture-schemas.ts";
import { fixtureSection, fixtureTime, readCoreFixtures } from "../../core/fixtures.ts";

const SALES_CHANNEL = Type.Object({
	id: Type.String(),
	name: Type.String(),
	description: Type.Optional(Type.String()),
	created_at: CREATED_AT,
});

const SHIPPING_PROFILE = Type.Object(
	{ id: Type.String(), name: Type.String(), created_at: CREATED_AT },
	{ description: "The shipping profile every product belongs to; without it, the one a new v1 store makes." },
);

const VARIANT = Type.Object({
	id: Type.String(),
	title: Type.String(),
	inventory_quantity: Type.Optional(Type.Integer()),
	options: Type.Optional(
		Type.Array(Type.Object({ id: Type.String(), option_id: Type.String({ description: "Id of one of the product's options." }), value: Type.String() })),
	),
	prices: Type.Optional(Type.Array(Type.Object({ id: Type.String(), currency_code: Type.String(), amount: Type.Integer() }))),
});

const PRODUCT = Type.Object({
	id: Type.String(),
	title: Type.String(),
	handle: Type.String(),
	description: Type.Optional(Type.String()),
	created_at: CREATED_AT,
	sales_channels: Type.Array(Type.String()),
	options: Type.Optional(Type.Array(Type.Object({ id: Type.String(), title: Type.String() }))),
	variants: Type.Optional(Type.Array(VARIANT)),
});

const SECTIONS = {
	sales_channels: fixtureList(SALES_CHANNEL, "Sales channels, which keys and products name by id; the first is what a request without a usable key sees."),
	shipping_profile: SHIPPING_PROFILE,
	products: fixtureList(PRODUCT, "Products of the catalogue, with their options, variants and prices."),
};

/** Every section a medusa-v1 fixtures file may have: the shared ones, with v1's channels and products. */
export const MEDUSA_V1_FIXTURES_SCHEMA = fixturesFileSchema({ ...CORE_SECTIONS, ...SECTIONS });

export interface MedusaV1Fixtures extends CoreFixtures {
	sales_channels: Static<typeof SECTIONS.sales_channels>;
	/** Absent from older fixture files: DEFAULT_SHIPPING_PROFILE then. */
	shipping_profile?: Static<typeof SHIPPING_PROFILE>;
	products: Static<typeof SECTIONS.products>;
}

/** A variant's option values name options of its own product (core has checked the products' channels). */
const checkVariantOptions = (products: Static<typeof SECTIONS.products>): void =>
	products.forEach((product, index) =>
		refuseUnknownReferences(
			(product.variants ?? []).flatMap((variant, v) => fieldValues(`products[${index}].variants[${v}].options`, variant.options ?? [], "option_id")),
			(product.options ?? []).map((option) => option.id),
			`an option of products[${index}]`,
		),
	);

/** medusa-v1's fixtures: the shared sections, with v1's fields on channels and products, and the shipping profile. */
export const readMedusaV1Fixtures = (raw: Record<string, unknown>): MedusaV1Fixtures => {
	const fixtures = {
		...readCoreFixtures(raw),
		sales_channels: fixtureSection(raw, "sales_channels", SECTIONS.sales_channels),
		// The shipping profile has no default: a missing one is DEFAULT_SHIPPING_PROFILE, at build time.
		...(raw.shipping_profile === undefined ? {} : { shipping_profile: fixtureSection(raw, "shipping_profile", SECTIONS.shipping_profile) }),
		products: fixtureSection(raw, "products", SECTIONS.products),
	};
	checkVariantOptions(fixtures.products);
	return fixtures;
};

/** The profile every product belongs to when the fixtures name none: the one a new v1 store makes. */
const DEFAULT_SHIPPING_PROFILE = { id: "sp_01JGATECHECKSHP00000000001", name: "Default Shipping Profile" };

export interface SalesChannel {
	id: string;
	name: string;
	description: string | null;
	createdAt: number;
}

export interface ShippingProfile {
	id: string;
	name: string;
	createdAt: number;
}

export type Variant = Required<Static<typeof VARIANT>>;

export interface Product {
	id: string;
	title: string;
	handle: string;
	description: string | null;
	/** Also the instant of its options, variants and prices, which upstream creates with it (transcript 13). */
	createdAt: number;
	salesChannels: readonly SalesChannel[];
	options: readonly { id: string; title: string }[];
	variants: readonly Variant[];
}

export interface Catalogue {
	/** Newest first, products of the same instant in fixture order: upstream's list order (transcripts 13, 14e). */
	products: readonly Product[];
	/** What a request without a usable publishable key sees: the first fixture channel (fact 41, N12). */
	defaultChannelId: string | undefined;
	shippingProfile: ShippingProfile;
}

/** A product of fixtures readMedusaV1Fixtures has checked: its channels and its variants' options exist. */
const productOf = (fixture: Static<typeof PRODUCT>, channels: ReadonlyMap<string, SalesChannel>, now: number): Product => {
	const salesChannels = fixture.sales_channels.flatMap((id) => channels.get(id) ?? []);
	const options = fixture.options ?? [];
	const variants = (fixture.variants ?? []).map((variant) => ({ inventory_quantity: 0, options: [], prices: [], ...variant }));
	return {
		id: fixture.id,
		title: fixture.title,
		handle: fixture.handle,
		description: fixture.description ?? null,
		createdAt: fixtureTime(fixture.created_at, now),
		salesChannels,
		options,
		variants,
	};
};

export const createCatalogue = (fixtures: MedusaV1Fixtures, now: number): Catalogue => {
	const channels = new Map(
		fixtures.sales_channels.map((channel): [string, SalesChannel] => [
			channel.id,
			{
				id: channel.id,
				name: channel.name,
				description: channel.description ?? null,
				createdAt: fixtureTime(channel.created_at, now),
			},
		]),
	);
	const profile = fixtures.shipping_profile ?? DEFAULT_SHIPPING_PROFILE;
	return {
		// Array.prototype.sort is stable: products of the same instant keep the fixtures' order.
		products: fixtures.products.map((product) => productOf(product, channels, now)).sort((a, b) => b.createdAt - a.createdAt),
		defaultChannelId: fixtures.sales_channels[0]?.id,
		shippingProfile: { id: profile.id, name: profile.name, createdAt: fixtureTime(fixtures.shipping_profile?.created_at, now) },
	};
};
