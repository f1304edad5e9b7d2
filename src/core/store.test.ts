import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { GatecheckError } from "./errors.ts";
import { type ApiKey, type AuthIdentity, type Customer, MemoryStore, type Product } from "./store.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
let counter = 0;
const next = (): number => ++counter;

const identity = (entityId: string, provider = "emailpass"): AuthIdentity => ({
	id: `authid_${next()}`,
	provider,
	entityId,
	passwordHash: "$argon2id$…",
	appMetadata: {},
});

const customer = (email: string, hasAccount: boolean): Customer => ({
	id: `cus_${next()}`,
	email,
	companyName: null,
	firstName: null,
	lastName: null,
	phone: null,
	hasAccount,
	metadata: null,
	addresses: [],
	createdAt: T0,
	updatedAt: T0,
});

const apiKey = (type: ApiKey["type"], tokenOrDigest: string): ApiKey => ({
	id: `apk_${next()}`,
	type,
	title: "k",
	token: type === "publishable" ? tokenOrDigest : null,
	secretDigest: type === "secret" ? tokenOrDigest : null,
	redacted: "x",
	salesChannelIds: [],
	createdBy: "user_1",
	createdAt: T0,
	updatedAt: T0,
	revokedAt: null,
	revokedBy: null,
});

const product = (title: string, salesChannelIds: string[]): Product => ({
	id: `prod_${next()}`,
	title,
	handle: title.toLowerCase(),
	description: null,
	salesChannelIds,
	createdAt: T0,
	updatedAt: T0,
});

const storeFullCode = (run: () => void): string | undefined => {
	try {
		run();
	} catch (error) {
		if (error instanceof GatecheckError) return error.code;
		throw error;
	}
	return undefined;
};

describe("MemoryStore identities", () => {
	test("finds an identity by provider and the e-mail exactly as registered (case-sensitive)", () => {
		const store = new MemoryStore({ accounts: 10 });
		const alice = identity("Alice@Example.com");
		store.addIdentity(alice);
		expect(store.findIdentity("emailpass", "Alice@Example.com")).toBe(alice);
		expect(store.getIdentity(alice.id)).toBe(alice);
		expect(store.findIdentity("emailpass", "alice@example.com")).toBeUndefined();
		expect(store.findIdentity("other", "Alice@Example.com")).toBeUndefined();
	});

	test("keys by (provider, entity id) without ambiguity", () => {
		const store = new MemoryStore({ accounts: 10 });
		const a = identity("b", "a");
		store.addIdentity(a);
		expect(store.findIdentity("a\u0000b", "")).toBeUndefined();
		expect(store.findIdentity("a", "b")).toBe(a);
	});
});

describe("MemoryStore e-mail changes", () => {
	test("an identity and a customer account are found by their new e-mail only, and another's is left alone", () => {
		const store = new MemoryStore({ accounts: 10 });
		const old = identity("old@example.com");
		const other = identity("other@example.com");
		const member = customer("old@example.com", true);
		store.addIdentity(old);
		store.addIdentity(other);
		store.addCustomer(member);
		store.setIdentityEntityId(old, "new@example.com");
		store.setCustomerEmail(member, "new@example.com");
		expect(store.findIdentity("emailpass", "new@example.com")).toBe(old);
		expect(store.findIdentity("emailpass", "old@example.com")).toBeUndefined();
		expect(store.findIdentity("emailpass", "other@example.com")).toBe(other);
		expect(store.findCustomerAccount("new@example.com")).toBe(member);
		expect(store.findCustomerAccount("old@example.com")).toBeUndefined();
		expect(member.email).toBe("new@example.com");
	});
});

describe("MemoryStore customers and users", () => {
	test("finds a customer account by e-mail, but not a guest customer", () => {
		const store = new MemoryStore({ accounts: 10 });
		const guest = customer("guest@example.com", false);
		const member = customer("member@example.com", true);
		store.addCustomer(guest);
		store.addCustomer(member);
		expect(store.getCustomer(guest.id)).toBe(guest);
		expect(store.findCustomerAccount("guest@example.com")).toBeUndefined();
		expect(store.findCustomerAccount("member@example.com")).toBe(member);
		expect(store.findCustomerAccount("MEMBER@example.com")).toBeUndefined();
	});

	test("stores users, sales channels and products", () => {
		const store = new MemoryStore({ accounts: 10 });
		store.addUser({ id: "user_1", email: "admin@example.com", firstName: null, lastName: null, avatarUrl: null, metadata: null, createdAt: T0, updatedAt: T0 });
		store.addSalesChannel({ id: "sc_1", name: "Web" });
		const shirt = product("Shirt", ["sc_1"]);
		const mug = product("Mug", []);
		store.addProduct(shirt);
		store.addProduct(mug);
		expect(store.getUser("user_1")?.email).toBe("admin@example.com");
		expect(store.getSalesChannel("sc_1")?.name).toBe("Web");
		expect(store.listProducts()).toEqual([shirt, mug]);
		expect(store.listProducts((p) => p.salesChannelIds.includes("sc_1"))).toEqual([shirt]);
	});

	test("lists customers (guests too) and users in the order they were added", () => {
		const store = new MemoryStore({ accounts: 10 });
		const member = customer("member@example.com", true);
		const guest = customer("guest@example.com", false);
		store.addCustomer(member);
		store.addCustomer(guest);
		const user = { id: "user_1", email: "admin@example.com", firstName: null, lastName: null, avatarUrl: null, metadata: null, createdAt: T0, updatedAt: T0 };
		store.addUser(user);
		expect(store.listCustomers()).toEqual([member, guest]);
		expect(store.listUsers()).toEqual([user]);
		store.deleteUser("user_1");
		expect(store.listUsers()).toEqual([]);
	});
});

describe("MemoryStore API keys", () => {
	test("finds publishable keys by token and secret keys by digest, each only under its own type", () => {
		const store = new MemoryStore({ accounts: 10 });
		const pk = apiKey("publishable", "pk_123");
		const sk = apiKey("secret", "d1g3st");
		store.addApiKey(pk);
		store.addApiKey(sk);
		expect(store.findApiKey("publishable", "pk_123")).toBe(pk);
		expect(store.findApiKey("secret", "d1g3st")).toBe(sk);
		expect(store.findApiKey("secret", "pk_123")).toBeUndefined();
		expect(store.findApiKey("publishable", "d1g3st")).toBeUndefined();
		expect(store.getApiKey(sk.id)).toBe(sk);
		expect(store.listApiKeys()).toEqual([pk, sk]);
	});

	test("a deleted key is gone by id and by token, and frees its room", () => {
		const store = new MemoryStore({ accounts: 1 });
		const pk = apiKey("publishable", "pk_123");
		store.addApiKey(pk);
		store.deleteApiKey(pk.id);
		expect(store.getApiKey(pk.id)).toBeUndefined();
		expect(store.findApiKey("publishable", "pk_123")).toBeUndefined();
		store.addApiKey(apiKey("secret", "d1g3st"));
		expect(store.listApiKeys()).toHaveLength(1);
	});

	test("an identity is found by the actor it links and is gone once removed", () => {
		const store = new MemoryStore({ accounts: 10 });
		const linked = { ...identity("admin@example.com"), appMetadata: { user_id: "user_1" } };
		store.addIdentity(linked);
		expect(store.findIdentityOf("user_id", "user_1")).toBe(linked);
		expect(store.findIdentityOf("customer_id", "user_1")).toBeUndefined();
		store.removeIdentity(linked);
		expect(store.findIdentityOf("user_id", "user_1")).toBeUndefined();
		expect(store.findIdentity(linked.provider, linked.entityId)).toBeUndefined();
	});
});

describe("MemoryStore account cap", () => {
	test("a new identity or customer beyond the cap throws ERR_STORE_FULL and is not stored", () => {
		const store = new MemoryStore({ accounts: 2 });
		store.addIdentity(identity("a@example.com"));
		store.addCustomer(customer("a@example.com", true));
		const late = identity("late@example.com");
		expect(storeFullCode(() => store.addIdentity(late))).toBe("ERR_STORE_FULL");
		expect(store.findIdentity("emailpass", "late@example.com")).toBeUndefined();
		expect(store.getIdentity(late.id)).toBeUndefined();
		const lateCustomer = customer("late@example.com", true);
		expect(storeFullCode(() => store.addCustomer(lateCustomer))).toBe("ERR_STORE_FULL");
		expect(store.getCustomer(lateCustomer.id)).toBeUndefined();
		expect(store.findCustomerAccount("late@example.com")).toBeUndefined();
	});

	test("users, sales channels and products do not count towards the cap", () => {
		const store = new MemoryStore({ accounts: 1 });
		for (let i = 0; i < 5; i++) {
			store.addUser({ id: `user_${i}`, email: `u${i}@example.com`, firstName: null, lastName: null, avatarUrl: null, metadata: null, createdAt: T0, updatedAt: T0 });
			store.addSalesChannel({ id: `sc_${i}`, name: `sc ${i}` });
			store.addProduct(product(`P${i}`, []));
		}
		store.addIdentity(identity("only@example.com"));
		expect(store.findIdentity("emailpass", "only@example.com")).toBeDefined();
	});

	test("for any cap and any sequence of identity and customer sign-ups, exactly min(n, cap) succeed", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.boolean(), { maxLength: 40 }), (cap, kinds) => {
				const store = new MemoryStore({ accounts: cap });
				let stored = 0;
				kinds.forEach((isIdentity, i) => {
					const code = storeFullCode(() =>
						isIdentity ? store.addIdentity(identity(`u${i}@example.com`)) : store.addCustomer(customer(`u${i}@example.com`, true)),
					);
					if (code === undefined) stored++;
					else expect(code).toBe("ERR_STORE_FULL");
					expect(code === undefined).toBe(i < cap);
				});
				expect(stored).toBe(Math.min(kinds.length, cap));
			}),
			{ seed },
		);
	});
});
