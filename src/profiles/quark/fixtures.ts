// quark's fixtures: the shared sections (its accounts are core's `customers`, each with its roles),
// and its own: the catalogue's categories and products, the accounts' addresses and past orders.
// Each section is checked against its schema as it is read (core/fixtures.ts), then every id an
// address or an order names is checked to be in the file.
import { type Static, Type } from "@sinclair/typebox";
import { fieldValues, refuseDuplicates, refuseUnknownReferences } from "../../core/fixture-references.ts";
import { CORE_SECTIONS, type CoreFixtures, FIXTURE_TIME, fixtureList, fixturesFileSchema, PERSON_FIXTURE } from "../../core/fixture-schemas.ts";
import { FixturesError, fixtureSection, readCoreFixtures } from "../../core/fixtures.ts";

/** A GUID as Guid.ToString() writes it, the form route ids are compared in (path-ids.ts). */
const GUID = Type.String({
	pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
	title: "lower-case GUID",
	examples: ["6f1c2a4e-8b3d-4c5a-9e7f-1a2b3c4d5e01"],
});

/** A GUID naming a record of another section. */
const REFERENCE = (of: string) => Type.String({ ...GUID, description: `Id of ${of} of this file.` });

/** An account: a person with a GUID and its roles (Customer when none are given). Not a Composite, which would write both `id` schemas as an allOf. */
const ACCOUNT = Type.Object({
	...PERSON_FIXTURE.properties,
	id: GUID,
	email: Type.String({ description: "What the person signs in with, written lower-case (the form every lookup uses); unique." }),
	roles: Type.Optional(Type.Array(Type.String(), { description: 'The account\'s roles; ["Customer"] when not given. Without Customer, storefront routes answer 403.' })),
});

const CATEGORY = Type.Object({ id: GUID, name: Type.String(), slug: Type.String() });

const PRODUCT = Type.Object({
	id: GUID,
	name: Type.String(),
	slug: Type.String(),
	description: Type.Optional(Type.String()),
	price: Type.Number({ minimum: 0, description: "In US dollars, with at most two decimals." }),
	category_id: REFERENCE("a category"),
});

const ADDRESS = Type.Object({
	id: GUID,
	customer_id: REFERENCE("an account (customers)"),
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
	customer_id: REFERENCE("an account (customers)"),
	number: Type.String(),
	status: Type.String(),
	placed_at: FIXTURE_TIME,
	address_id: Type.Optional(Type.String({ ...GUID, description: "The address it was shipped to: one of the order's account's addresses." })),
	lines: Type.Array(Type.Object({ product_id: REFERENCE("a product (catalog_products)"), quantity: Type.Integer({ minimum: 1 }) })),
});

const SECTIONS = {
	customers: fixtureList(ACCOUNT, "The accounts, each with an e-mail and password identity and its roles."),
	categories: fixtureList(CATEGORY, "The catalogue's categories."),
	catalog_products: fixtureList(PRODUCT, "The catalogue's products, each in one category."),
	addresses: fixtureList(ADDRESS, "The accounts' addresses."),
	orders: fixtureList(ORDER, "The accounts' past orders; new ones are numbered after them."),
};

/** Every section a quark fixtures file may have: the shared ones, quark's accounts, catalogue, addresses and orders. */
export const QUARK_FIXTURES_SCHEMA = fixturesFileSchema({ ...CORE_SECTIONS, ...SECTIONS });

export type AccountFixture = Static<typeof ACCOUNT>;
export type AddressFixture = Static<typeof ADDRESS>;

export interface QuarkFixtures extends CoreFixtures {
	customers: AccountFixture[];
	categories: Static<typeof SECTIONS.categories>;
	catalog_products: Static<typeof SECTIONS.catalog_products>;
	addresses: AddressFixture[];
	orders: Static<typeof SECTIONS.orders>;
}

/** Ids are given once, and every id an address or an order names is in the file (accounts.ts, catalogue.ts rely on it). */
const checkReferences = (fixtures: QuarkFixtures): void => {
	refuseDuplicates(fieldValues("categories", fixtures.categories, "id"));
	refuseDuplicates(fieldValues("catalog_products", fixtures.catalog_products, "id"));
	refuseDuplicates(fieldValues("addresses", fixtures.addresses, "id"));
	refuseDuplicates(fieldValues("orders", fixtures.orders, "id"));
	const accountIds = fixtures.customers.map((account) => account.id);
	refuseUnknownReferences(fieldValues("catalog_products", fixtures.catalog_products, "category_id"), fixtures.categories.map((category) => category.id), "a category of this file");
	refuseUnknownReferences(fieldValues("addresses", fixtures.addresses, "customer_id"), accountIds, "an account (customers) of this file");
	refuseUnknownReferences(fieldValues("orders", fixtures.orders, "customer_id"), accountIds, "an account (customers) of this file");
	const productIds = fixtures.catalog_products.map((product) => product.id);
	fixtures.orders.forEach((order, index) => {
		refuseUnknownReferences(fieldValues(`orders[${index}].lines`, order.lines, "product_id"), productIds, "a product (catalog_products) of this file");
		const own = fixtures.addresses.filter((address) => address.customer_id === order.customer_id).map((address) => address.id);
		const shippedTo = order.address_id === undefined ? [] : [{ path: `orders[${index}].address_id`, value: order.address_id }];
		refuseUnknownReferences(shippedTo, own, `an address of the order's account ${order.customer_id}`);
	});
};

/** quark's fixtures; an account's e-mail is written lower-case, the form every lookup uses (accounts.ts). */
export const readQuarkFixtures = (raw: Record<string, unknown>): QuarkFixtures => {
	const customers = fixtureSection(raw, "customers", SECTIONS.customers);
	customers.forEach((account, index) => {
		if (account.email !== account.email.toLowerCase())
			throw new FixturesError(`customers[${index}].email: ${JSON.stringify(account.email)} must be written lower-case (${JSON.stringify(account.email.toLowerCase())})`);
	});
	const fixtures = {
		...readCoreFixtures(raw),
		customers,
		categories: fixtureSection(raw, "categories", SECTIONS.categories),
		catalog_products: fixtureSection(raw, "catalog_products", SECTIONS.catalog_products),
		addresses: fixtureSection(raw, "addresses", SECTIONS.addresses),
		orders: fixtureSection(raw, "orders", SECTIONS.orders),
	};
	checkReferences(fixtures);
	return fixtures;
};
