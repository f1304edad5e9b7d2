// The in-memory store: plain records in maps, behind one small class so that a profile never
// touches a map directly. Accounts are capped (clients create them), the rest comes from fixtures
// or the admin API.
import { coreError } from "./errors.ts";
import type { Metadata } from "./metadata.ts";

export interface AuthIdentity {
	id: string;
	provider: string;
	/** The identifier exactly as sent at registration: compared case-sensitively (observed case 13). */
	entityId: string;
	passwordHash: string;
	/** `{customer_id}` / `{user_id}` once an actor is linked (FACTS.md §A.4). */
	appMetadata: Record<string, string>;
	/** What the provider said of the person (a third-party login's name, e-mail, picture); none for emailpass. */
	userMetadata?: Record<string, unknown>;
	/** What the provider keeps for itself (GitHub's access and refresh tokens). */
	providerMetadata?: Record<string, unknown>;
}

export interface Customer {
	id: string;
	email: string;
	companyName: string | null;
	firstName: string | null;
	lastName: string | null;
	phone: string | null;
	hasAccount: boolean;
	metadata: Metadata | null;
	/**
	 * In the order a list shows them: the most recently written last. Replaced, never changed in
	 * place, so that a customer whose addresses changed is seen to have changed (http/kept-answers.ts).
	 */
	addresses: readonly CustomerAddress[];
	createdAt: number;
	updatedAt: number;
}

/** An address's text fields, named as the API names them (every one nullable upstream). */
export const ADDRESS_TEXT_FIELDS = [
	"address_name",
	"company",
	"first_name",
	"last_name",
	"address_1",
	"address_2",
	"city",
	"province",
	"postal_code",
	"country_code",
	"phone",
] as const;
export type AddressText = Record<(typeof ADDRESS_TEXT_FIELDS)[number], string | null>;

export interface CustomerAddress {
	id: string;
	customerId: string;
	text: AddressText;
	metadata: Metadata | null;
	isDefaultShipping: boolean;
	isDefaultBilling: boolean;
	createdAt: number;
	updatedAt: number;
}

export interface User {
	id: string;
	email: string;
	firstName: string | null;
	lastName: string | null;
	avatarUrl: string | null;
	metadata: Metadata | null;
	createdAt: number;
	updatedAt: number;
}

export interface SalesChannel {
	id: string;
	name: string;
}

export interface Product {
	id: string;
	title: string;
	handle: string;
	description: string | null;
	salesChannelIds: string[];
	createdAt: number;
	updatedAt: number;
}

export type ApiKeyType = "publishable" | "secret";

export interface ApiKey {
	id: string;
	type: ApiKeyType;
	title: string;
	/** Publishable keys are public and kept as they are; secret keys keep only a SHA-256 digest. */
	token: string | null;
	secretDigest: string | null;
	redacted: string;
	salesChannelIds: string[];
	createdBy: string;
	createdAt: number;
	/** Creation, a new title or a revocation (observed 26). */
	updatedAt: number;
	revokedAt: number | null;
	revokedBy: string | null;
}

export interface StoreLimits {
	/** Auth identities, customers, their addresses and API keys together: clients create them all. */
	accounts: number;
}

export class MemoryStore {
	readonly #identities = new Map<string, AuthIdentity>();
	/** Provider → entity id → identity id: the entity id is the identity's own string, not a joined key. */
	readonly #identityIdByEntity = new Map<string, Map<string, string>>();
	readonly #customers = new Map<string, Customer>();
	readonly #users = new Map<string, User>();
	readonly #salesChannels = new Map<string, SalesChannel>();
	readonly #products = new Map<string, Product>();
	readonly #apiKeys = new Map<string, ApiKey>();
	readonly #customerAccountIdByEmail = new Map<string, string>();
	/** Publishable tokens and secret digests, both unique, to the key's id. */
	readonly #apiKeyIdByToken = new Map<string, string>();
	#addressCount = 0;

	constructor(readonly limits: StoreLimits) {}

	#ensureRoom(adding = 1): void {
		if (this.#identities.size + this.#customers.size + this.#apiKeys.size + this.#addressCount + adding > this.limits.accounts)
			throw coreError("ERR_STORE_FULL", `the reference server holds at most ${this.limits.accounts} accounts`);
	}

	// Auth identities
	findIdentity(provider: string, entityId: string): AuthIdentity | undefined {
		const id = this.#identityIdByEntity.get(provider)?.get(entityId);
		return id === undefined ? undefined : this.#identities.get(id);
	}
	getIdentity(id: string): AuthIdentity | undefined {
		return this.#identities.get(id);
	}
	addIdentity(identity: AuthIdentity): void {
		this.#ensureRoom();
		this.#identities.set(identity.id, identity);
		let byEntity = this.#identityIdByEntity.get(identity.provider);
		if (byEntity === undefined) this.#identityIdByEntity.set(identity.provider, (byEntity = new Map()));
		byEntity.set(identity.entityId, identity.id);
	}
	removeIdentity(identity: AuthIdentity): void {
		this.#identities.delete(identity.id);
		const byEntity = this.#identityIdByEntity.get(identity.provider);
		if (byEntity?.get(identity.entityId) === identity.id) byEntity.delete(identity.entityId);
	}
	/** The identity whose app_metadata links it to `key` = `actorId` (`user_id`, `customer_id`). */
	findIdentityOf(key: string, actorId: string): AuthIdentity | undefined {
		for (const identity of this.#identities.values()) if (identity.appMetadata[key] === actorId) return identity;
		return undefined;
	}
	/** Gives an identity another entity id (an account's new e-mail), so that it is found by that one only. */
	setIdentityEntityId(identity: AuthIdentity, entityId: string): void {
		const byEntity = this.#identityIdByEntity.get(identity.provider);
		if (byEntity?.get(identity.entityId) === identity.id) byEntity.delete(identity.entityId);
		identity.entityId = entityId;
		byEntity?.set(entityId, identity.id);
	}

	// Customers
	getCustomer(id: string): Customer | undefined {
		return this.#customers.get(id);
	}
	findCustomerAccount(email: string): Customer | undefined {
		const id = this.#customerAccountIdByEmail.get(email);
		return id === undefined ? undefined : this.#customers.get(id);
	}
	addCustomer(customer: Customer): void {
		this.#ensureRoom();
		this.#customers.set(customer.id, customer);
		if (customer.hasAccount) this.#customerAccountIdByEmail.set(customer.email, customer.id);
	}
	/** Every customer, in the order they were added: for reading (the /__ui page), not for changing. */
	listCustomers(): Customer[] {
		return [...this.#customers.values()];
	}
	/** Gives a customer another e-mail, so that its account is found by that one only. */
	setCustomerEmail(customer: Customer, email: string): void {
		if (this.#customerAccountIdByEmail.get(customer.email) === customer.id) this.#customerAccountIdByEmail.delete(customer.email);
		customer.email = email;
		if (customer.hasAccount) this.#customerAccountIdByEmail.set(email, customer.id);
	}

	/** Gives a customer its new list of addresses; one that grows takes room in the store. */
	setAddresses(customer: Customer, addresses: readonly CustomerAddress[]): void {
		const growth = addresses.length - customer.addresses.length;
		if (growth > 0) this.#ensureRoom(growth);
		this.#addressCount += growth;
		customer.addresses = addresses;
	}

	// Admin users
	getUser(id: string): User | undefined {
		return this.#users.get(id);
	}
	addUser(user: User): void {
		this.#users.set(user.id, user);
	}
	/** Every admin user, in the order they were added: for reading (the /__ui page). */
	listUsers(): User[] {
		return [...this.#users.values()];
	}
	deleteUser(id: string): void {
		this.#users.delete(id);
	}

	// Catalogue
	addSalesChannel(channel: SalesChannel): void {
		this.#salesChannels.set(channel.id, channel);
	}
	getSalesChannel(id: string): SalesChannel | undefined {
		return this.#salesChannels.get(id);
	}
	addProduct(product: Product): void {
		this.#products.set(product.id, product);
	}
	getProduct(id: string): Product | undefined {
		return this.#products.get(id);
	}
	listProducts(filter?: (product: Product) => boolean): Product[] {
		const all = [...this.#products.values()];
		return filter ? all.filter(filter) : all;
	}

	// API keys
	addApiKey(key: ApiKey): void {
		this.#ensureRoom();
		this.#apiKeys.set(key.id, key);
		const token = key.token ?? key.secretDigest;
		if (token !== null) this.#apiKeyIdByToken.set(token, key.id);
	}
	getApiKey(id: string): ApiKey | undefined {
		return this.#apiKeys.get(id);
	}
	/** In the order they were created. */
	listApiKeys(): ApiKey[] {
		return [...this.#apiKeys.values()];
	}
	deleteApiKey(id: string): void {
		const key = this.#apiKeys.get(id);
		if (!key) return;
		this.#apiKeys.delete(id);
		const token = key.token ?? key.secretDigest;
		if (token !== null) this.#apiKeyIdByToken.delete(token);
	}
	findApiKey(type: ApiKeyType, tokenOrDigest: string): ApiKey | undefined {
		const id = this.#apiKeyIdByToken.get(tokenOrDigest);
		const key = id === undefined ? undefined : this.#apiKeys.get(id);
		return key?.type === type ? key : undefined;
	}
}
