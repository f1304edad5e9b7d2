// The official @medusajs/js-sdk 2.21.2, unmodified, against the reference server on a real port:
// register → create customer → login → me → logout → reset-password → update → login, in JWT mode
// and in session mode (cookie `connect.sid`, kept by a small cookie jar around fetch); and, signed in
// each way, the account page: profile update with metadata, the address calls, and their errors.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import Medusa, { FetchError } from "@medusajs/js-sdk";
import { decodeJwt, listenOnFreePort, makeTestApp, PUBLISHABLE_KEY } from "../support/test-app.ts";

interface Address {
	id: string;
	address_name: string | null;
	customer_id: string;
	first_name: string | null;
	last_name: string | null;
	address_1: string | null;
	city: string | null;
	country_code: string | null;
	postal_code: string | null;
	phone: string | null;
	metadata: Record<string, unknown> | null;
	is_default_shipping: boolean;
	is_default_billing: boolean;
}
interface Customer {
	id: string;
	email: string;
	first_name: string | null;
	last_name: string | null;
	phone?: string | null;
	metadata?: Record<string, unknown> | null;
	has_account: boolean;
	addresses?: Address[];
}
interface OutboxItem {
	kind: "event" | "mail";
	name?: string;
	to?: string;
	link?: string;
	data?: { entity_id?: string; actor_type?: string; token?: string };
}

const realFetch = globalThis.fetch;
let baseUrl = "";
let stop = async (): Promise<void> => {};

beforeAll(async () => {
	({ baseUrl, stop } = listenOnFreePort((await makeTestApp()).app));
});
afterAll(async () => {
	globalThis.fetch = realFetch;
	await stop();
});

/** The status of the FetchError the promise rejects with, or "resolved". */
const outcome = async (promise: Promise<unknown>): Promise<number | undefined | "resolved"> => {
	try {
		await promise;
		return "resolved";
	} catch (error) {
		if (error instanceof FetchError) return error.status;
		throw error;
	}
};

/** How the promise settled: "resolved", or the FetchError's status and message. */
const failure = async (promise: Promise<unknown>): Promise<{ status: number | undefined; message: string } | "resolved"> => {
	try {
		await promise;
		return "resolved";
	} catch (error) {
		if (error instanceof FetchError) return { status: error.status, message: error.message };
		throw error;
	}
};

/** A fetch that keeps cookies per origin, as a browser would for `credentials: "include"`. */
const cookieJarFetch = () => {
	const jar = new Map<string, Map<string, string>>();
	const setCookies: string[] = [];
	const sent: Array<{ method: string; path: string; authorization: boolean; cookie: boolean }> = [];
	const wrapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
		const url = new URL(input instanceof Request ? input.url : input.toString());
		const origin = url.origin;
		const cookies = jar.get(origin) ?? new Map<string, string>();
		const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
		if (cookies.size > 0) headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
		const method = init?.method ?? (input instanceof Request ? input.method : "GET");
		sent.push({ method, path: url.pathname, authorization: headers.has("authorization"), cookie: headers.has("cookie") });
		const response = await realFetch(input, { ...init, headers });
		for (const line of response.headers.getSetCookie()) {
			setCookies.push(line);
			const [pair = "", ...attributes] = line.split(";");
			const name = pair.slice(0, pair.indexOf("=")).trim();
			const value = pair.slice(pair.indexOf("=") + 1).trim();
			const expires = attributes.find((a) => a.trim().toLowerCase().startsWith("expires="));
			const expired = expires !== undefined && Date.parse(expires.trim().slice(8)) <= Date.now();
			if (value === "" || expired) cookies.delete(name);
			else cookies.set(name, value);
		}
		jar.set(origin, cookies);
		return response;
	};
	return { fetch: Object.assign(wrapped, { preconnect: realFetch.preconnect }), jar, setCookies, sent };
};

const newSdk = (auth: { type: "jwt"; jwtTokenStorageMethod: "memory" } | { type: "session" }): Medusa =>
	new Medusa({ baseUrl, publishableKey: PUBLISHABLE_KEY, auth });

const expectCustomerToken = (token: unknown, actorId: string): void => {
	expect(typeof token).toBe("string");
	expect(decodeJwt(String(token))).toMatchObject({ actor_type: "customer", actor_id: actorId, auth_provider: "emailpass" });
};

/** Registers and creates the customer. The session-mode SDK sends no bearer, so the registration token goes in by hand. */
const signUp = async (sdk: Medusa, email: string, password: string, mode: "jwt" | "session"): Promise<Customer> => {
	const registration = await sdk.auth.register("customer", "emailpass", { email, password });
	expectCustomerToken(registration, "");
	if (mode === "jwt") expect(await sdk.client.getToken()).toBe(registration);
	const headers = mode === "session" ? { authorization: `Bearer ${registration}` } : undefined;
	const created: { customer: Customer } = await sdk.store.customer.create({ email, first_name: "Sdk", last_name: "Tester" }, {}, headers);
	expect(created.customer).toMatchObject({ email, first_name: "Sdk", last_name: "Tester", has_account: true });
	expect(created.customer.id).toStartWith("cus_");
	return created.customer;
};

/** reset-password, the token from the outbox, update; then the new password logs in and the old one does not. */
const resetAndCheck = async (sdk: Medusa, email: string, oldPassword: string, customerId: string): Promise<void> => {
	await sdk.auth.resetPassword("customer", "emailpass", { identifier: email });
	const query = new URLSearchParams({ event: "auth.password_reset", to: email });
	const outbox = (await (await realFetch(`${baseUrl}/__control/outbox?${query}`)).json()) as { items: OutboxItem[] };
	const event = outbox.items.find((item) => item.kind === "event");
	const token = event?.data?.token ?? "";
	expect(event?.data).toMatchObject({ entity_id: email, actor_type: "customer" });
	expect(decodeJwt(token)).toMatchObject({ entity_id: email, actor_type: "customer", provider: "emailpass", purpose: "reset" });
	expect(outbox.items.find((item) => item.kind === "mail")?.link).toContain(encodeURIComponent(token));

	const newPassword = `new-${crypto.randomUUID()}`;
	expect(await outcome(sdk.auth.updateProvider("customer", "emailpass", { password: newPassword }, token))).toBe("resolved");
	expectCustomerToken(await sdk.auth.login("customer", "emailpass", { email, password: newPassword }), customerId);
	expect(await outcome(sdk.auth.login("customer", "emailpass", { email, password: oldPassword }))).toBe(401);
};

type Mode = "jwt" | "session";

/**
 * A fresh customer, signed up and logged in through an SDK of `mode`, handed to `body`. In session
 * mode every call after login must go with the cookie and without a bearer, so that the account
 * calls are known to be authenticated by the session alone.
 */
const signedIn = async (mode: Mode, body: (sdk: Medusa, customer: Customer) => Promise<void>): Promise<void> => {
	const wrapper = mode === "session" ? cookieJarFetch() : undefined;
	if (wrapper) globalThis.fetch = wrapper.fetch;
	try {
		const sdk = newSdk(mode === "jwt" ? { type: "jwt", jwtTokenStorageMethod: "memory" } : { type: "session" });
		const email = `sdk-${crypto.randomUUID()}@example.com`;
		const password = `pw-${crypto.randomUUID()}`;
		const customer = await signUp(sdk, email, password, mode);
		expectCustomerToken(await sdk.auth.login("customer", "emailpass", { email, password }), customer.id);
		if (mode === "jwt") expectCustomerToken(await sdk.client.getToken(), customer.id);
		const afterLogin = wrapper?.sent.length ?? 0;
		if (wrapper) expect(wrapper.jar.get(new URL(baseUrl).origin)?.get("connect.sid")).toStartWith("s%3A");
		await body(sdk, customer);
		if (wrapper) {
			const accountCalls = wrapper.sent.slice(afterLogin);
			expect(accountCalls.length).toBeGreaterThan(0);
			expect(accountCalls.filter((call) => call.authorization || !call.cookie)).toEqual([]);
		}
	} finally {
		globalThis.fetch = realFetch;
	}
};

/** update → retrieve, metadata in jsonb key order; then a key sent as "" is gone, the rest kept. */
const profileFlow = async (sdk: Medusa, customer: Customer): Promise<void> => {
	const changes = { first_name: "Ada", last_name: "Lovelace", phone: "+44 20 7946 0000", metadata: { tier: "gold", n: 1 } };
	const updated: { customer: Customer } = await sdk.store.customer.update(changes);
	expect(updated.customer).toMatchObject({ id: customer.id, email: customer.email, first_name: "Ada", last_name: "Lovelace", phone: "+44 20 7946 0000" });
	// jsonb order: shorter keys first, so {tier, n} comes back as {n, tier}.
	expect(JSON.stringify(updated.customer.metadata)).toBe('{"n":1,"tier":"gold"}');

	const me: { customer: Customer } = await sdk.store.customer.retrieve();
	expect(me.customer).toMatchObject({ id: customer.id, email: customer.email, first_name: "Ada", last_name: "Lovelace", phone: "+44 20 7946 0000" });
	expect(JSON.stringify(me.customer.metadata)).toBe('{"n":1,"tier":"gold"}');

	const removed: { customer: Customer } = await sdk.store.customer.update({ metadata: { tier: "", note: "vip" } });
	expect(JSON.stringify(removed.customer.metadata)).toBe('{"n":1,"note":"vip"}');
	expect(removed.customer).toMatchObject({ first_name: "Ada", last_name: "Lovelace", phone: "+44 20 7946 0000" });
	const again: { customer: Customer } = await sdk.store.customer.retrieve();
	expect(JSON.stringify(again.customer.metadata)).toBe('{"n":1,"note":"vip"}');
};

/** The address of `id` in an answer's `customer.addresses`, failing when it is not there. */
const addressIn = (customer: Customer, id: string): Address => {
	const address = customer.addresses?.find((candidate) => candidate.id === id);
	if (!address) throw new Error(`address ${id} is not in ${JSON.stringify(customer.addresses?.map((a) => a.id))}`);
	return address;
};

/** create → list → retrieve → a second default shipping address → update → delete → list. */
const addressFlow = async (sdk: Medusa, customer: Customer): Promise<void> => {
	const home = {
		address_name: "Home",
		first_name: "Ada",
		last_name: "Lovelace",
		address_1: "12 St James's Square",
		city: "London",
		country_code: "gb",
		postal_code: "SW1Y 4JH",
		phone: "+44 20 7946 0001",
		metadata: { floor: 2, door: "blue" },
		is_default_shipping: true,
	};
	const created: { customer: Customer } = await sdk.store.customer.createAddress(home);
	expect(created.customer).toMatchObject({ id: customer.id, email: customer.email });
	expect(created.customer.addresses).toHaveLength(1);
	const first = created.customer.addresses?.[0] as Address;
	expect(first.id).toStartWith("cuaddr_");
	expect(first).toMatchObject({ ...home, metadata: { door: "blue", floor: 2 }, customer_id: customer.id, is_default_billing: false });
	expect(Object.keys(first.metadata ?? {})).toEqual(["door", "floor"]);

	const listed: { addresses: Address[]; count: number; offset: number; limit: number } = await sdk.store.customer.listAddress();
	expect(Object.keys(listed).sort()).toEqual(["addresses", "count", "limit", "offset"]);
	expect(listed).toMatchObject({ count: 1, offset: 0, limit: 50 });
	expect(listed.addresses.map((a) => a.id)).toEqual([first.id]);
	expect(listed.addresses[0]).toMatchObject({ ...home, metadata: { door: "blue", floor: 2 }, customer_id: customer.id });

	const one: { address: Address } = await sdk.store.customer.retrieveAddress(first.id);
	expect(Object.keys(one)).toEqual(["address"]);
	expect(one.address).toMatchObject({ id: first.id, ...home, metadata: { door: "blue", floor: 2 }, customer_id: customer.id });

	// A second default shipping address takes the default from the first.
	const second: { customer: Customer } = await sdk.store.customer.createAddress({ address_name: "Work", city: "Cambridge", country_code: "gb", is_default_shipping: true });
	expect(second.customer.addresses).toHaveLength(2);
	const work = second.customer.addresses?.find((a) => a.id !== first.id) as Address;
	expect(work).toMatchObject({ address_name: "Work", city: "Cambridge", is_default_shipping: true });
	expect(addressIn(second.customer, first.id)).toMatchObject({ address_name: "Home", is_default_shipping: false });
	expect((await sdk.store.customer.retrieveAddress(first.id)).address.is_default_shipping).toBe(false);

	const updated: { customer: Customer } = await sdk.store.customer.updateAddress(first.id, { city: "Bath", postal_code: "BA1 1AA" });
	expect(Object.keys(updated)).toEqual(["customer"]);
	expect(updated.customer.id).toBe(customer.id);
	expect(addressIn(updated.customer, first.id)).toMatchObject({ city: "Bath", postal_code: "BA1 1AA", address_1: home.address_1, address_name: "Home" });
	expect(addressIn(updated.customer, work.id)).toMatchObject({ city: "Cambridge", is_default_shipping: true });
	expect((await sdk.store.customer.retrieveAddress(first.id)).address).toMatchObject({ city: "Bath", postal_code: "BA1 1AA" });

	const deleted: { id: string; object: string; deleted: boolean; parent: Customer } = await sdk.store.customer.deleteAddress(first.id);
	// Upstream names the customer, not the address, in `id`.
	expect(deleted).toMatchObject({ id: customer.id, object: "address", deleted: true, parent: { id: customer.id, email: customer.email } });
	expect(deleted.parent.addresses?.map((a) => a.id)).toEqual([work.id]);

	const after: { addresses: Address[]; count: number } = await sdk.store.customer.listAddress();
	expect(after.addresses.map((a) => a.id)).toEqual([work.id]);
	expect(after.count).toBe(1);
	expect(await outcome(sdk.store.customer.retrieveAddress(first.id))).toBe(404);
};

/** The SDK rejects with FetchError carrying upstream's status and message. */
const errorFlow = async (sdk: Medusa, customer: Customer): Promise<void> => {
	const unknownId = "cuaddr_01JZZZZZZZZZZZZZZZZZZZZZZZ";
	expect(await failure(sdk.store.customer.updateAddress(unknownId, { city: "Nowhere" }))).toEqual({
		status: 404,
		message: `Address with id: ${unknownId} was not found`,
	});
	expect(await failure(sdk.store.customer.update({ email: "x@example.com" }))).toEqual({
		status: 400,
		message: "Invalid request: Unrecognized fields: 'email'",
	});
	const me: { customer: Customer } = await sdk.store.customer.retrieve();
	expect(me.customer).toMatchObject({ id: customer.id, email: customer.email });
	expect(me.customer.addresses).toEqual([]);
};

describe("@medusajs/js-sdk 2.21.2 against the medusa-v2 reference", () => {
	test("JWT mode (memory storage)", async () => {
		const sdk = newSdk({ type: "jwt", jwtTokenStorageMethod: "memory" });
		const email = `sdk-${crypto.randomUUID()}@example.com`;
		const password = `pw-${crypto.randomUUID()}`;
		const customer = await signUp(sdk, email, password, "jwt");

		const token = await sdk.auth.login("customer", "emailpass", { email, password });
		expectCustomerToken(token, customer.id);
		expect(await sdk.client.getToken()).toBe(String(token));
		const me: { customer: Customer } = await sdk.store.customer.retrieve();
		expect(me.customer).toMatchObject({ id: customer.id, email });

		await sdk.auth.logout();
		expect(await sdk.client.getToken()).toBe("");
		expect(await outcome(sdk.store.customer.retrieve())).toBe(401);

		await resetAndCheck(sdk, email, password, customer.id);
		const again: { customer: Customer } = await sdk.store.customer.retrieve();
		expect(again.customer.email).toBe(email);
	});

	test("session mode (connect.sid cookie)", async () => {
		const wrapper = cookieJarFetch();
		globalThis.fetch = wrapper.fetch;
		try {
			const sdk = newSdk({ type: "session" });
			const email = `sdk-${crypto.randomUUID()}@example.com`;
			const password = `pw-${crypto.randomUUID()}`;
			const customer = await signUp(sdk, email, password, "session");
			expect(wrapper.setCookies).toEqual([]);

			expectCustomerToken(await sdk.auth.login("customer", "emailpass", { email, password }), customer.id);
			const origin = new URL(baseUrl).origin;
			const sid = wrapper.jar.get(origin)?.get("connect.sid") ?? "";
			expect(sid).toStartWith("s%3A");
			const line = wrapper.setCookies.find((l) => l.startsWith("connect.sid="));
			expect(line?.split(";").map((a) => a.trim().toLowerCase())).toContain("httponly");
			const me: { customer: Customer } = await sdk.store.customer.retrieve();
			expect(me.customer).toMatchObject({ id: customer.id, email });

			await sdk.auth.logout();
			expect(wrapper.jar.get(origin)?.has("connect.sid")).toBe(false);
			expect(await outcome(sdk.store.customer.retrieve())).toBe(401);
			// The session is gone on the server too, not only from the jar.
			const replay = await realFetch(`${baseUrl}/store/customers/me`, {
				headers: { cookie: `connect.sid=${sid}`, "x-publishable-api-key": PUBLISHABLE_KEY },
			});
			expect(replay.status).toBe(401);

			await resetAndCheck(sdk, email, password, customer.id);
			const again: { customer: Customer } = await sdk.store.customer.retrieve();
			expect(again.customer.email).toBe(email);
		} finally {
			globalThis.fetch = realFetch;
		}
	});
});

for (const [mode, label] of [
	["jwt", "JWT mode"],
	["session", "session mode"],
] as const) {
	describe(`@medusajs/js-sdk 2.21.2 account calls, ${label}`, () => {
		test("update and retrieve the customer, metadata merged in jsonb key order", () => signedIn(mode, profileFlow));
		test("create, list, retrieve, update and delete addresses; one default shipping address", () => signedIn(mode, addressFlow));
		test("unknown address and unrecognized field reject with FetchError 404 and 400", () => signedIn(mode, errorFlow));
	});
}
