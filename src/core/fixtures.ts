// Seed data every profile shares: the sections of fixtures/<profile>.json that become records in
// the store. A profile reads its own sections beside these (its fixtures.ts). Fixture passwords
// are hashed at seed time with the server's own argon2 parameters.
import { createApiKey } from "./api-keys.ts";
import { EMAILPASS } from "./emailpass.ts";
import { newId } from "./ids.ts";
import type { PasswordHasher } from "./passwords.ts";
import type { MemoryStore } from "./store.ts";

export interface PersonFixture {
	id: string;
	email: string;
	password: string;
	first_name?: string;
	last_name?: string;
}

export interface CoreFixtures {
	users: PersonFixture[];
	customers: PersonFixture[];
	sales_channels: Array<{ id: string; name: string }>;
	publishable_keys: Array<{ id: string; title: string; token: string; sales_channels: string[]; revoked?: boolean }>;
	secret_keys: Array<{ id: string; title: string; token: string }>;
	products: Array<{ id: string; title: string; handle: string; description?: string; sales_channels: string[] }>;
}

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
			createdAt: now,
			updatedAt: now,
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
			createdAt: now,
			updatedAt: now,
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
			createdAt: now,
			updatedAt: now,
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
	const raw: unknown = JSON.parse(await readFile(path, "utf8"));
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error(`${path}: fixtures must be a JSON object`);
	return raw as Record<string, unknown>;
};

const list = <T>(raw: Record<string, unknown>, section: string): T[] => (Array.isArray(raw[section]) ? (raw[section] as T[]) : []);

/** The shared sections of a fixtures file; a missing section is an empty list. */
export const readCoreFixtures = (raw: Record<string, unknown>): CoreFixtures => ({
	users: list(raw, "users"),
	customers: list(raw, "customers"),
	sales_channels: list(raw, "sales_channels"),
	publishable_keys: list(raw, "publishable_keys"),
	secret_keys: list(raw, "secret_keys"),
	products: list(raw, "products"),
});

/** One section of a profile's own, read like the shared ones. */
export const fixtureSection = list;
