// Seed data: the shape of fixtures/<profile>.json and how it becomes records in the store.
// Fixture passwords are hashed at seed time with the server's own argon2 parameters.
import { createApiKey } from "./api-keys.ts";
import { EMAILPASS } from "./emailpass.ts";
import { newId } from "./ids.ts";
import type { PasswordHasher } from "./passwords.ts";
import type { MemoryStore } from "./store.ts";

interface PersonFixture {
	id: string;
	email: string;
	password: string;
	first_name?: string;
	last_name?: string;
	/** Admin users only, for profiles with roles. */
	role?: string;
}

export interface Fixtures {
	users: PersonFixture[];
	customers: PersonFixture[];
	sales_channels: Array<{ id: string; name: string }>;
	publishable_keys: Array<{ id: string; title: string; token: string; sales_channels: string[]; revoked?: boolean }>;
	secret_keys: Array<{ id: string; title: string; token: string }>;
	products: Array<{ id: string; title: string; handle: string; description?: string; sales_channels: string[] }>;
	/** carphacom's public federation listings. */
	marketplace_listings: Array<{ id: string; title: string; handle: string; description?: string; seller: string }>;
}

export const seedStore = async (
	store: MemoryStore,
	fixtures: Fixtures,
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
			role: user.role ?? null,
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
	for (const listing of fixtures.marketplace_listings)
		store.addListing({ ...listing, description: listing.description ?? null, createdAt: now });
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

/** Loads a fixtures file; a missing section is an empty list. */
export const loadFixtures = async (path: string): Promise<Fixtures> => {
	const { readFile } = await import("node:fs/promises");
	const raw = JSON.parse(await readFile(path, "utf8")) as Partial<Fixtures>;
	return {
		users: raw.users ?? [],
		customers: raw.customers ?? [],
		sales_channels: raw.sales_channels ?? [],
		publishable_keys: raw.publishable_keys ?? [],
		secret_keys: raw.secret_keys ?? [],
		products: raw.products ?? [],
		marketplace_listings: raw.marketplace_listings ?? [],
	};
};
