// /store/*: every route needs a valid publishable key, checked before any authentication
// (FACTS.md §A.10; observed 05g, 05h, 05l, 10), and a customer is a session or bearer of actor type
// "customer". POST /store/customers turns a registration token's identity into a customer
// (seed 002, "Register Route"; observed 03).
import { Elysia } from "elysia";
import { isKeyActive } from "../../core/api-keys.ts";
import { GatecheckError } from "../../core/errors.ts";
import { newId } from "../../core/ids.ts";
import type { ApiKey, Customer } from "../../core/store.ts";
import { JSON_CONTENT_TYPE } from "../../http/respond.ts";
import type { Runtime } from "../../runtime.ts";
import { type Authenticated, type AuthRule, authenticate } from "./authenticate.ts";
import { CreateCustomerBody, validateBody } from "./model.ts";
import { customerView, paginate, storeProductView } from "./views.ts";

/** The request's publishable key; undefined only under the publishable-key-optional defect. */
const publishableKey = (rt: Runtime, request: Request, now: number): ApiKey | undefined => {
	const token = request.headers.get("x-publishable-api-key");
	if (!token && rt.defects.has("publishable-key-optional")) return undefined;
	if (!token) throw new GatecheckError("ERR_PUBLISHABLE_KEY_MISSING");
	const key = rt.state.store.findApiKey("publishable", token);
	const usable = key && (isKeyActive(key, now) || rt.defects.has("revoked-key-accepted"));
	if (!usable) throw new GatecheckError("ERR_PUBLISHABLE_KEY_INVALID");
	return key;
};

declare const Deno: unknown;
/**
 * Elysia's copy of a Response (mergeHeaders) is what put the CORS headers on these answers before;
 * Deno writes a copied Response's headers sorted by name, Bun in the order they were set. Each
 * runtime keeps the order it had.
 */
const ON_DENO = typeof Deno !== "undefined";

interface ResponseSet {
	headers: Record<string, string | number>;
	status?: number | string;
	cookie?: unknown;
}

/**
 * A JSON answer that already carries the headers the profile's hooks left on `set` (CORS), in the
 * order Elysia's mergeHeaders gives them (the route's content-type first, then the rest as set);
 * `set.headers` is then emptied, so that Elysia hands this Response over as it is instead of
 * copying it into a second one whose body it reads again as a stream (bench/RESULTS.md). Anything
 * else on `set` (a status, a cookie, a set-cookie header) takes Elysia's own path.
 */
const answerText = (set: ResponseSet, status: number, text: string): Response => {
	if (set.status !== 200 || set.cookie !== undefined || "set-cookie" in set.headers)
		return new Response(text, { status, headers: { "content-type": JSON_CONTENT_TYPE } });
	// Headers set one by one on the new Response: the same list as an init object gives, and on Deno
	// a quarter of what the init object costs (bench/RESULTS.md).
	const response = new Response(text, { status });
	const { headers } = response;
	const names = ["content-type"];
	for (const name in set.headers) if (name.toLowerCase() !== "content-type") names.push(name);
	if (ON_DENO) {
		// A string body gave the new Response a text/plain content type, first in Deno's list.
		headers.delete("content-type");
		names.sort();
	}
	for (const name of names) headers.set(name, name === "content-type" ? JSON_CONTENT_TYPE : String(set.headers[name]));
	set.headers = {};
	return response;
};

const answerJson = (set: ResponseSet, status: number, body: unknown): Response => answerText(set, status, JSON.stringify(body));

/**
 * Same own fields with the same (primitive) values: a Customer record unchanged since `copy` was
 * taken, `fields` its number of own fields. Counted with for…in, which allocates nothing.
 */
const sameFields = (copy: Customer, fields: number, record: Customer): boolean => {
	let seen = 0;
	for (const key in record) {
		if (!Object.hasOwn(copy, key) || copy[key as keyof Customer] !== record[key as keyof Customer]) return false;
		seen++;
	}
	return seen === fields;
};

/** Customers whose /store/customers/me body is kept ready. */
const CUSTOMER_BODIES = 1024;

/**
 * `{"customer": customerView(customer)}` as JSON text, remembered for the customers asked about
 * most recently (bounded: the oldest entry goes first) and used only while every field of the record
 * is as it was when the text was made, so an edited record is serialised afresh. The two ISO dates
 * and the stringify were a sixth of a /store/customers/me request.
 */
const customerBodies = (): ((customer: Customer) => string) => {
	const bodies = new Map<Customer, { copy: Customer; fields: number; text: string }>();
	return (customer) => {
		const known = bodies.get(customer);
		if (known && sameFields(known.copy, known.fields, customer)) return known.text;
		const text = JSON.stringify({ customer: customerView(customer) });
		bodies.delete(customer);
		if (bodies.size >= CUSTOMER_BODIES) bodies.delete(bodies.keys().next().value as Customer);
		bodies.set(customer, { copy: { ...customer }, fields: Object.keys(customer).length, text });
		return text;
	};
};

export const storeRoutes = (rt: Runtime) => {
	// The defects are fixed when the server starts, so each route's rule is too.
	const keyAfterAuth = rt.defects.has("key-checked-after-auth");
	const hashInResponse = rt.defects.has("password-hash-in-response");
	const registerRule: AuthRule = { actorTypes: ["customer"], methods: ["session", "bearer"], allowUnregistered: true };
	const meRule: AuthRule = {
		actorTypes: ["customer"],
		methods: ["session", "bearer"],
		allowUnregistered: rt.defects.has("registration-token-accepted"),
	};
	const customerBody = customerBodies();
	/** Upstream checks the key first (FACTS.md §A.10); the key-checked-after-auth defect swaps the order. */
	const authenticateCustomer = (request: Request, rule: AuthRule, now: number): Promise<Authenticated> =>
		keyAfterAuth
			? authenticate(rt, request, rule, now).then((authenticated) => {
					publishableKey(rt, request, now);
					return authenticated;
				})
			: authenticate(rt, request, rule, now);
	// Every route reads the clock once and checks the publishable key before anything else (a
	// prelude in each handler rather than a resolve hook, which copied its result into the context
	// on every request); /store/products checks it first even under key-checked-after-auth.
	return new Elysia({ name: "medusa-v2/store" })
		.post("/store/customers", async ({ request, body, set }) => {
			const now = rt.clock.now();
			if (!keyAfterAuth) publishableKey(rt, request, now);
			const { context } = await authenticateCustomer(request, registerRule, now);
			if (context.actor_id) throw new GatecheckError("ERR_ALREADY_AUTHENTICATED");
			if (rt.defects.has("store-customers-refuses-registration")) throw new GatecheckError("ERR_NOT_AUTHENTICATED", "Unauthorized");
			const input = validateBody(CreateCustomerBody, body);
			const { store } = rt.state;
			const identity = store.getIdentity(String(context.auth_identity_id));
			if (!identity) throw new GatecheckError("ERR_NOT_AUTHENTICATED", "Unauthorized");
			if (!input.email) throw new GatecheckError("ERR_EMAIL_REQUIRED");
			if (store.findCustomerAccount(input.email)) throw new GatecheckError("ERR_CUSTOMER_EXISTS");
			if (identity.appMetadata.customer_id !== undefined) throw new GatecheckError("ERR_IDENTITY_LINKED");
			const customer = {
				id: newId("cus", now),
				email: input.email,
				companyName: input.company_name ?? null,
				firstName: input.first_name ?? null,
				lastName: input.last_name ?? null,
				phone: input.phone ?? null,
				hasAccount: true,
				createdAt: now,
				updatedAt: now,
			};
			store.addCustomer(customer);
			identity.appMetadata.customer_id = customer.id;
			return answerJson(set, 200, { customer: customerView(customer) });
		})
		.get("/store/customers/me", async ({ request, set }) => {
			const now = rt.clock.now();
			if (!keyAfterAuth) publishableKey(rt, request, now);
			const { context } = await authenticateCustomer(request, meRule, now);
			const customer = rt.state.store.getCustomer(String(context.actor_id));
			if (!customer) throw new GatecheckError("ERR_NOT_FOUND", `Customer with id: ${String(context.actor_id)} was not found`);
			if (!hashInResponse) return answerText(set, 200, customerBody(customer));
			const view = customerView(customer);
			view.password_hash = rt.state.store.findIdentity("emailpass", customer.email)?.passwordHash ?? null;
			return answerJson(set, 200, { customer: view });
		})
		.get("/store/products", ({ request, query, set }) => {
			const key = publishableKey(rt, request, rt.clock.now());
			// A key sees the products of its sales channels only (FACTS.md §A.10, publishable_key_context).
			const visible = rt.state.store.listProducts(
				(product) => !key || rt.defects.has("key-not-scoped") || product.salesChannelIds.some((id) => key.salesChannelIds.includes(id)),
			);
			const page = paginate(visible, query);
			return answerJson(set, 200, { products: page.items.map(storeProductView), count: page.count, offset: page.offset, limit: page.limit });
		});
};
