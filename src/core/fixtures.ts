// Seed data every profile shares: the sections of fixtures/<profile>.json that become records in
// the store, each checked against its schema as it is read, so that a fixtures file of the wrong
// shape is refused with the place it goes wrong instead of failing somewhere in the seeding. A
// profile reads its own sections beside these. Fixture passwords are hashed at seed time with the
// server's own argon2 parameters.
import { type Static, type TSchema, Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { createApiKey } from "./api-keys.ts";
import { EMAILPASS } from "./emailpass.ts";
import { newId } from "./ids.ts";
import type { PasswordHasher } from "./passwords.ts";
import type { MemoryStore } from "./store.ts";

/** A fixtures file that cannot be read, or whose sections do not have their shape. */
export class FixturesError extends Error {
	override readonly name = "FixturesError";
}

/**
 * When a record was created, as an ISO 8601 UTC time (`2026-12-06T20:18:51.792Z`). Optional on
 * every record: without it, the record is as old as the server's start.
 */
export const FIXTURE_TIME = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$" });

/** A record's `created_at` in epoch milliseconds, or `now` when the fixture gives none. */
export const fixtureTime = (createdAt: string | undefined, now: number): number =>
	createdAt === undefined ? now : Date.parse(createdAt);

/** An admin user or a customer, with the password its identity is seeded with. */
export const PERSON_FIXTURE = Type.Object({
	id: Type.String(),
	email: Type.String(),
	password: Type.String(),
	first_name: Type.Optional(Type.String()),
	last_name: Type.Optional(Type.String()),
	created_at: Type.Optional(FIXTURE_TIME),
});

export type PersonFixture = Static<typeof PERSON_FIXTURE>;

const CORE_SECTIONS = {
	users: Type.Array(PERSON_FIXTURE),
	customers: Type.Array(PERSON_FIXTURE),
	sales_channels: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
	publishable_keys: Type.Array(
		Type.Object({
			id: Type.String(),
			title: Type.String(),
			token: Type.String(),
			sales_channels: Type.Array(Type.String()),
			revoked: Type.Optional(Type.Boolean()),
		}),
	),
	secret_keys: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), token: Type.String() })),
	products: Type.Array(
		Type.Object({
			id: Type.String(),
			title: Type.String(),
			handle: Type.String(),
			description: Type.Optional(Type.String()),
			sales_channels: Type.Array(Type.String()),
			created_at: Type.Optional(FIXTURE_TIME),
		}),
	),
};

export type CoreFixtures = { [Section in keyof typeof CORE_SECTIONS]: Static<(typeof CORE_SECTIONS)[Section]> };

export const seedStore = async (
	store: MemoryStore,
	fixtures: CoreFixtures,
	hasher: PasswordHasher,
	now: number,
): Promise<void> => {
	const seedIdentity = async (person: PersonFixture, appMetadata: Record<string, string>): Promise<void> =>
		store.addIdentity({
			id: newId("authid", now),
			provider: EMAILPASS,
			entityId: person.email,
			passwordHash: await hasher.hash(person.password),
			appMetadata,
		});
	const owner = fixtures.users[0]?.id ?? "";

	for (const user of fixtures.users) {
		store.addUser({
			id: user.id,
			email: user.email,
			firstName: user.first_name ?? null,
			lastName: user.last_name ?? null,
			avatarUrl: null,
			metadata: null,
			createdAt: fixtureTime(user.created_at, now),
			updatedAt: fixtureTime(user.created_at, now),
		});
		await seedIdentity(user, { user_id: user.id });
	}
	for (const customer of fixtures.customers) {
		store.addCustomer({
			id: customer.id,
			email: customer.email,
			companyName: null,
			firstName: customer.first_name ?? null,
			lastName: customer.last_name ?? null,
			phone: null,
			hasAccount: true,
			metadata: null,
			addresses: [],
			createdAt: fixtureTime(customer.created_at, now),
			updatedAt: fixtureTime(customer.created_at, now),
		});
		await seedIdentity(customer, { customer_id: customer.id });
	}
	for (const channel of fixtures.sales_channels) store.addSalesChannel(channel);
	for (const product of fixtures.products)
		store.addProduct({
			id: product.id,
			title: product.title,
			handle: product.handle,
			description: product.description ?? null,
			salesChannelIds: product.sales_channels,
			createdAt: fixtureTime(product.created_at, now),
			updatedAt: fixtureTime(product.created_at, now),
		});
	for (const fixture of fixtures.publishable_keys) {
		const { key } = await createApiKey(
			{ type: "publishable", title: fixture.title, token: fixture.token, createdBy: owner, salesChannelIds: fixture.sales_channels },
			now,
		);
		store.addApiKey({ ...key, id: fixture.id, revokedAt: fixture.revoked ? now : null, revokedBy: fixture.revoked ? owner : null });
	}
	for (const fixture of fixtures.secret_keys) {
		const { key } = await createApiKey({ type: "secret", title: fixture.title, token: fixture.token, createdBy: owner }, now);
		store.addApiKey({ ...key, id: fixture.id });
	}
};

/** A fixtures file's JSON object, for a profile to read its sections from. */
export const loadFixtures = async (path: string): Promise<Record<string, unknown>> => {
	const { readFile } = await import("node:fs/promises");
	let raw: unknown;
	try {
		raw = JSON.parse(await readFile(path, "utf8"));
	} catch (error) {
		throw new FixturesError(`${path}: ${(error as Error).message}`);
	}
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new FixturesError(`${path}: fixtures must be a JSON object`);
	return raw as Record<string, unknown>;
};

/**
 * Reads a fixtures file's JSON with `read` (a profile's readFixtures), and refuses a section that
 * `read` never looked at: a misspelt or foreign section would otherwise start a server without the
 * data its author meant to give it. Keys starting with "$" ("$schema") are for editors, not sections.
 */
export const readEverySection = <Fixtures>(raw: Record<string, unknown>, read: (raw: Record<string, unknown>) => Fixtures): Fixtures => {
	const looked = new Set<string | symbol>();
	const fixtures = read(
		new Proxy(raw, {
			get(target, key, receiver) {
				looked.add(key);
				return Reflect.get(target, key, receiver);
			},
		}),
	);
	const unread = Object.keys(raw).filter((key) => !key.startsWith("$") && !looked.has(key));
	if (unread.length > 0) throw new FixturesError(`unknown section${unread.length > 1 ? "s" : ""} ${unread.map((key) => `"${key}"`).join(", ")}: this profile reads ${[...looked].filter((key): key is string => typeof key === "string").map((key) => `"${key}"`).join(", ")}`);
	return fixtures;
};

/** One section of a fixtures file, checked against `schema`; a missing section is an empty list. */
export const fixtureSection = <Schema extends TSchema>(raw: Record<string, unknown>, name: string, schema: Schema): Static<Schema> => {
	const value = raw[name] ?? [];
	if (Value.Check(schema, value)) return value;
	const [first] = Value.Errors(schema, value);
	throw new FixturesError(`section "${name}" at ${first?.path || "/"}: ${first?.message ?? "does not have its shape"}`);
};

/** The shared sections of a fixtures file. */
export const readCoreFixtures = (raw: Record<string, unknown>): CoreFixtures => ({
	users: fixtureSection(raw, "users", CORE_SECTIONS.users),
	customers: fixtureSection(raw, "customers", CORE_SECTIONS.customers),
	sales_channels: fixtureSection(raw, "sales_channels", CORE_SECTIONS.sales_channels),
	publishable_keys: fixtureSection(raw, "publishable_keys", CORE_SECTIONS.publishable_keys),
	secret_keys: fixtureSection(raw, "secret_keys", CORE_SECTIONS.secret_keys),
	products: fixtureSection(raw, "products", CORE_SECTIONS.products),
});
