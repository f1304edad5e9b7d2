// What a fixtures file may hold in the sections every profile shares, as TypeBox schemas: the readers
// check each section against them (fixtures.ts), and docs/fixtures/<profile>.schema.json is written
// from them (scripts/fixtures-schema.ts), so their titles and descriptions are for the people writing
// fixtures and are what mistakes are worded from (fixture-messages.ts).
import { type Static, type TArray, type TObject, type TSchema, Type } from "@sinclair/typebox";

const TIME = {
	pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$",
	title: "ISO 8601 UTC time",
	examples: ["2026-12-06T20:18:51.792Z"],
};

/** An instant, as an ISO 8601 UTC time (`2026-12-06T20:18:51.792Z`). */
export const FIXTURE_TIME = Type.String(TIME);

/** When a record was created. Optional on every record: without it, the record is as old as the server's start. */
export const CREATED_AT = Type.Optional(Type.String({ ...TIME, description: "When the record was created; without it, as old as the server's start." }));

/** A section that lists records: a missing one is an empty list. */
export const fixtureList = <Item extends TSchema>(item: Item, description: string): TArray<Item> => Type.Array(item, { description, default: [] });

/** An admin user or a customer, with the password its identity is seeded with. */
export const PERSON_FIXTURE = Type.Object({
	id: Type.String({ description: "Unique in its section." }),
	email: Type.String({ description: "What the person signs in with, compared exactly as written; unique in its section." }),
	password: Type.String({ description: "In plain text (these are public test values); hashed with the server's argon2 parameters at start." }),
	first_name: Type.Optional(Type.String()),
	last_name: Type.Optional(Type.String()),
	created_at: CREATED_AT,
});

export type PersonFixture = Static<typeof PERSON_FIXTURE>;

const CHANNEL_IDS = (of: string) => Type.Array(Type.String(), { description: `Ids of sales channels of this file ${of}.` });

export const CORE_SECTIONS = {
	users: fixtureList(PERSON_FIXTURE, "Admin users, each with an e-mail and password identity."),
	customers: fixtureList(PERSON_FIXTURE, "Customers with an account, each with an e-mail and password identity."),
	sales_channels: fixtureList(Type.Object({ id: Type.String(), name: Type.String() }), "Sales channels, which keys and products name by id."),
	publishable_keys: fixtureList(
		Type.Object({
			id: Type.String({ description: "Unique among all keys, publishable and secret." }),
			title: Type.String(),
			token: Type.String({ description: "The key as a storefront sends it; unique among all keys." }),
			sales_channels: CHANNEL_IDS("whose products the key shows"),
			revoked: Type.Optional(Type.Boolean({ description: "A revoked key is refused, as upstream refuses one." })),
		}),
		"Publishable API keys for the storefront routes.",
	),
	secret_keys: fixtureList(
		Type.Object({
			id: Type.String({ description: "Unique among all keys, publishable and secret." }),
			title: Type.String(),
			token: Type.String({ description: "The secret as an admin client sends it; unique among all keys." }),
		}),
		"Secret API keys for the admin routes.",
	),
	products: fixtureList(
		Type.Object({
			id: Type.String(),
			title: Type.String(),
			handle: Type.String(),
			description: Type.Optional(Type.String()),
			sales_channels: CHANNEL_IDS("the product is sold in"),
			created_at: CREATED_AT,
		}),
		"Products of the catalogue.",
	),
};

export type CoreFixtures = { [Section in keyof typeof CORE_SECTIONS]: Static<(typeof CORE_SECTIONS)[Section]> };

/**
 * A whole fixtures file's schema from its sections: every section optional, no other key but those
 * starting with "$" ("$schema", "$comment"), which are for editors and people (readEverySection).
 */
export const fixturesFileSchema = (sections: Readonly<Record<string, TSchema>>): TObject =>
	Type.Object(Object.fromEntries(Object.entries(sections).map(([name, schema]) => [name, Type.Optional(schema)])), {
		patternProperties: { "^\\$": {} },
		additionalProperties: false,
	});
