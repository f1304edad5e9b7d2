// Seed data every profile shares: the sections of fixtures/<profile>.json that become records in
// the store, each checked against its schema (fixture-schemas.ts) as it is read, so that a mistake in
// a fixtures file is refused with the field it is in (fixture-messages.ts) instead of failing
// somewhere in the seeding. A profile reads its own sections beside these. Fixture passwords are
// hashed at seed time with the server's own argon2 parameters.
import type { Static, TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { createApiKey } from "./api-keys.ts";
import { EMAILPASS } from "./emailpass.ts";
import { describeValueError, unknownNameHint } from "./fixture-messages.ts";
import { fieldValues, refuseDuplicates, refuseUnknownReferences } from "./fixture-references.ts";
import { CORE_SECTIONS, type CoreFixtures, type PersonFixture } from "./fixture-schemas.ts";
import { FixturesError } from "./fixtures-error.ts";
import { newId } from "./ids.ts";
import { findJsonSyntaxError } from "./json-syntax.ts";
import type { PasswordHasher } from "./passwords.ts";
import type { MemoryStore } from "./store.ts";

export { FixturesError };
export type { CoreFixtures, PersonFixture };

/** A record's `created_at` in epoch milliseconds, or `now` when the fixture gives none. */
export const fixtureTime = (createdAt: string | undefined, now: number): number =>
	createdAt === undefined ? now : Date.parse(createdAt);

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

/** The message of a file the system cannot read, without the path Node's messages repeat. */
const readFailure = (error: NodeJS.ErrnoException): string =>
	error.code === "ENOENT" ? "no such file" : error.code === "EISDIR" ? "a directory, not a file" : error.code === "EACCES" ? "not readable (permission denied)" : error.message;

/** A fixtures file's JSON object, for a profile to read its sections from. */
export const loadFixtures = async (path: string): Promise<Record<string, unknown>> => {
	const { readFile } = await import("node:fs/promises");
	let text: string;
	try {
		// An editor may write a byte order mark, which JSON.parse refuses as a character.
		text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
	} catch (error) {
		throw new FixturesError(`${path}: ${readFailure(error as NodeJS.ErrnoException)}`);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		const where = findJsonSyntaxError(text);
		throw new FixturesError(`${path}: not JSON${where ? ` at line ${where.line}, column ${where.column}: ${where.reason}` : `: ${(error as Error).message}`}`);
	}
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new FixturesError(`${path}: fixtures must be a JSON object, got ${Array.isArray(raw) ? "a list" : JSON.stringify(raw)}`);
	return raw as Record<string, unknown>;
};

/**
 * The sections `read` (a profile's readFixtures) knows: the keys it looks at when reading an empty
 * file, where every section is missing and every check passes. A reader therefore looks at each of
 * its sections whatever the file holds (test/fixtures-schema.test.ts holds every profile to it).
 */
export const sectionsReadBy = (read: (raw: Record<string, unknown>) => unknown): string[] => {
	const looked = new Set<string>();
	read(
		new Proxy<Record<string, unknown>>(
			{},
			{
				get(target, key, receiver) {
					if (typeof key === "string") looked.add(key);
					return Reflect.get(target, key, receiver);
				},
			},
		),
	);
	return [...looked];
};

/**
 * Reads a fixtures file's JSON with `read` (a profile's readFixtures), after refusing a section that
 * `read` does not know: a misspelt or foreign section would otherwise start a server without the data
 * its author meant to give it, or fail a check for its consequence (an oauth account's customer
 * missing from a misspelt "customers") instead of its cause. Keys starting with "$" ("$schema") are
 * for editors, not sections.
 */
export const readEverySection = <Fixtures>(raw: Record<string, unknown>, read: (raw: Record<string, unknown>) => Fixtures): Fixtures => {
	const sections = sectionsReadBy(read);
	const unknown = Object.keys(raw).filter((key) => !key.startsWith("$") && !sections.includes(key));
	if (unknown.length > 0) throw new FixturesError(unknown.map((key) => `${key}: unknown section ${unknownNameHint(key, sections, "this profile reads")}`).join("; "));
	return read(raw);
};

/** One section of a fixtures file, checked against `schema`; a missing section is (a copy of) the schema's default. */
export const fixtureSection = <Schema extends TSchema>(raw: Record<string, unknown>, name: string, schema: Schema): Static<Schema> => {
	const value = raw[name] ?? structuredClone(schema.default);
	if (Value.Check(schema, value)) return value;
	const [first] = Value.Errors(schema, value);
	throw new FixturesError(first ? describeValueError(name, first) : `${name}: does not have its shape`);
};

/**
 * Refuses what the store would silently get wrong: an id, e-mail or token given twice (the second
 * record would replace the first), and a sales channel that is not in the file.
 */
const checkCoreReferences = (fixtures: CoreFixtures): void => {
	for (const section of ["users", "customers"] as const) {
		refuseDuplicates(fieldValues(section, fixtures[section], "id"));
		refuseDuplicates(fieldValues(section, fixtures[section], "email"));
	}
	refuseDuplicates(fieldValues("sales_channels", fixtures.sales_channels, "id"));
	refuseDuplicates(fieldValues("products", fixtures.products, "id"));
	// Both kinds of key are kept in one table, by id and by token.
	for (const field of ["id", "token"] as const)
		refuseDuplicates([...fieldValues("publishable_keys", fixtures.publishable_keys, field), ...fieldValues("secret_keys", fixtures.secret_keys, field)]);
	refuseUnknownReferences(
		[...fieldValues("publishable_keys", fixtures.publishable_keys, "sales_channels"), ...fieldValues("products", fixtures.products, "sales_channels")],
		fixtures.sales_channels.map((channel) => channel.id),
		"a sales channel of this file",
	);
};

/** The shared sections of a fixtures file. */
export const readCoreFixtures = (raw: Record<string, unknown>): CoreFixtures => {
	const fixtures: CoreFixtures = {
		users: fixtureSection(raw, "users", CORE_SECTIONS.users),
		customers: fixtureSection(raw, "customers", CORE_SECTIONS.customers),
		sales_channels: fixtureSection(raw, "sales_channels", CORE_SECTIONS.sales_channels),
		publishable_keys: fixtureSection(raw, "publishable_keys", CORE_SECTIONS.publishable_keys),
		secret_keys: fixtureSection(raw, "secret_keys", CORE_SECTIONS.secret_keys),
		products: fixtureSection(raw, "products", CORE_SECTIONS.products),
	};
	checkCoreReferences(fixtures);
	return fixtures;
};
