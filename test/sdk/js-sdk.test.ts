// The official @medusajs/js-sdk 2.21.2, unmodified, against the reference server on a real port:
// register → create customer → login → me → logout → reset-password → update → login, in JWT mode
// and in session mode (cookie `connect.sid`, kept by a small cookie jar around fetch).
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import Medusa, { FetchError } from "@medusajs/js-sdk";
import { decodeJwt, listenOnFreePort, makeTestApp, PUBLISHABLE_KEY } from "../support/test-app.ts";

interface Customer {
	id: string;
	email: string;
	first_name: string | null;
	last_name: string | null;
	has_account: boolean;
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

/** A fetch that keeps cookies per origin, as a browser would for `credentials: "include"`. */
const cookieJarFetch = () => {
	const jar = new Map<string, Map<string, string>>();
	const setCookies: string[] = [];
	const wrapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
		const origin = new URL(input instanceof Request ? input.url : input.toString()).origin;
		const cookies = jar.get(origin) ?? new Map<string, string>();
		const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
		if (cookies.size > 0) headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
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
	return { fetch: Object.assign(wrapped, { preconnect: realFetch.preconnect }), jar, setCookies };
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
