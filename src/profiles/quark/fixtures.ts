// quark's fixtures: the shared sections (its accounts are core's `customers`, each with its roles),
// and its own: the catalogue's categories and products, the accounts' addresses and past orders.
// Each section is checked against its schema as it is read (core/fixtures.ts).
import { type Static, Type } from "@sinclair/typebox";
import { type CoreFixtures, FIXTURE_TIME, FixturesError, fixtureSection, PERSON_FIXTURE, readCoreFixtures } from "../../core/fixtures.ts";

/** A GUID as Guid.ToString() writes it, the form route ids are compared in (path-ids.ts). */
const GUID = Type.String({ pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$" });

/** An account: a person with a GUID and its roles (Customer when none are given). */
const ACCOUNT = Type.Composite([PERSON_FIXTURE, Type.Object({ id: GUID, roles: Type.Optional(Type.Array(Type.String())) })]);

const CATEGORY = Type.Object({ id: GUID, name: Type.String(), slug: Type.String() });

const PRODUCT = Type.Object({
	id: GUID,
	name: Type.String(),
	slug: Type.String(),
	description: Type.Optional(Type.String()),
	/** In US dollars, with at most two decimals. */
	price: Type.Number({ minimum: 0 }),
	category_id: GUID,
});

const ADDRESS = Type.Object({
	id: GUID,
	customer_id: GUID,
	first_name: Type.String(),
	last_name: Type.String(),
	line1: Type.String(),
	line2: Type.Optional(Type.String()),
	city: Type.String(),
	postal_code: Type.String(),
	country_code: Type.String(),
	is_default: Type.Optional(Type.Boolean()),
});

const ORDER = Type.Object({
	id: GUID,
	customer_id: GUID,
	number: Type.String(),
	status: Type.String(),
	placed_at: FIXTURE_TIME,
	/** The address it was shipped to: one of the customer's. */
	address_id: Type.Optional(GUID),
	lines: Type.Array(Type.Object({ product_id: GUID, quantity: Type.Integer({ minimum: 1 }) })),
});

const SECTIONS = {
	customers: Type.Array(ACCOUNT),
	categories: Type.Array(CATEGORY),
	catalog_products: Type.Array(PRODUCT),
	addresses: Type.Array(ADDRESS),
	orders: Type.Array(ORDER),
};

export type AccountFixture = Static<typeof ACCOUNT>;
export type AddressFixture = Static<typeof ADDRESS>;

export interface QuarkFixtures extends CoreFixtures {
	customers: AccountFixture[];
	categories: Static<typeof SECTIONS.categories>;
	catalog_products: Static<typeof SECTIONS.catalog_products>;
	addresses: AddressFixture[];
	orders: Static<typeof SECTIONS.orders>;
}

/** quark's fixtures; an account's e-mail is written lower-case, the form every lookup uses (accounts.ts). */
export const readQuarkFixtures = (raw: Record<string, unknown>): QuarkFixtures => {
	const customers = fixtureSection(raw, "customers", SECTIONS.customers);
	const upperCase = customers.find((account) => account.email !== account.email.toLowerCase());
	if (upperCase) throw new FixturesError(`section "customers", account ${upperCase.id}: write the e-mail lower-case`);
	return {
		...readCoreFixtures(raw),
		customers,
		categories: fixtureSection(raw, "categories", SECTIONS.categories),
		catalog_products: fixtureSection(raw, "catalog_products", SECTIONS.catalog_products),
		addresses: fixtureSection(raw, "addresses", SECTIONS.addresses),
		orders: fixtureSection(raw, "orders", SECTIONS.orders),
	};
};
