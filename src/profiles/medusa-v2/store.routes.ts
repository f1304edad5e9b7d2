// /store/*: every route needs a valid publishable key, checked before any authentication
// (FACTS.md §A.10; observed 05g, 05h, 05l, 10), and a customer is a session or bearer of actor type
// "customer". POST /store/customers turns a registration token's identity into a customer
// (seed 002, "Register Route"; observed 03).
import { Elysia } from "elysia";
import { isKeyActive } from "../../core/api-keys.ts";
import { GatecheckError } from "../../core/errors.ts";
import { newId } from "../../core/ids.ts";
import type { ApiKey, Customer } from "../../core/store.ts";
import { type Ready, whenReady } from "../../core/when-ready.ts";
import { corsHeadersFor } from "../../http/cors.ts";
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
 * Deno writes a Response's headers sorted by name, Bun in the order they were set; each keeps the
 * order it wrote when Elysia's copy of the Response (mergeHeaders) put the CORS headers on these answers.
 */
const ON_DENO = typeof Deno !== "undefined";

/** Header names in the order this runtime writes them: the content type first, then `cors`'s as set. */
const wireOrder = (cors: Record<string, string>): string[] => {
	const names = ["content-type", ...Object.keys(cors)];
	return ON_DENO ? names.sort() : names;
};
const WITH_ORIGIN = wireOrder(corsHeadersFor(["http://a"], "http://a"));
const WITHOUT_ORIGIN = wireOrder(corsHeadersFor([], null));

/**
 * A 200 JSON answer of a /store route with its CORS headers (http/cors.ts) already on it: these routes
 * come before the profile's CORS hook (index.ts), so Elysia hands this Response over as it is. The
 * headers are set one by one on the new Response, which on Deno costs a quarter of an init object
 * (bench/RESULTS.md).
 */
const answerText = (rt: Runtime, request: Request, text: string): Response => {
	const response = new Response(text);
	const { headers } = response;
	const cors = corsHeadersFor(rt.cors.store, request.headers.get("origin"));
	// A string body gave the new Response a text/plain content type, first in Deno's list.
	if (ON_DENO) headers.delete("content-type");
	for (const name of "access-control-allow-origin" in cors ? WITH_ORIGIN : WITHOUT_ORIGIN)
		headers.set(name, name === "content-type" ? JSON_CONTENT_TYPE : (cors[name] as string));
	return response;
};

const answerJson = (rt: Runtime, request: Request, body: unknown): Response => answerText(rt, request, JSON.stringify(body));

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
	const authenticateCustomer = (request: Request, rule: AuthRule, now: number): Ready<Authenticated> => {
		if (!keyAfterAuth) {
			publishableKey(rt, request, now);
			return authenticate(rt, request, rule, now);
		}
		return whenReady(authenticate(rt, request, rule, now), (authenticated) => {
			publishableKey(rt, request, now);
			return authenticated;
		});
	};
	const answerMe = (request: Request, { context }: Authenticated): Response => {
		const customer = rt.state.store.getCustomer(String(context.actor_id));
		if (!customer) throw new GatecheckError("ERR_NOT_FOUND", `Customer with id: ${String(context.actor_id)} was not found`);
		if (!hashInResponse) return answerText(rt, request, customerBody(customer));
		const view = customerView(customer);
		view.password_hash = rt.state.store.findIdentity("emailpass", customer.email)?.passwordHash ?? null;
		return answerJson(rt, request, { customer: view });
	};
	return new Elysia({ name: "medusa-v2/store" })
		.post("/store/customers", async ({ request, body }) => {
			const now = rt.clock.now();
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
			return answerJson(rt, request, { customer: customerView(customer) });
		})
		// No promise when the caller's session or token is known already (authenticate.ts).
		.get("/store/customers/me", ({ request }) => {
			const now = rt.clock.now();
			return whenReady(authenticateCustomer(request, meRule, now), (authenticated) => answerMe(request, authenticated));
		})
		.get("/store/products", ({ request, query }) => {
			const key = publishableKey(rt, request, rt.clock.now());
			// A key sees the products of its sales channels only (FACTS.md §A.10, publishable_key_context).
			const visible = rt.state.store.listProducts(
				(product) => !key || rt.defects.has("key-not-scoped") || product.salesChannelIds.some((id) => key.salesChannelIds.includes(id)),
			);
			const page = paginate(visible, query);
			return answerJson(rt, request, { products: page.items.map(storeProductView), count: page.count, offset: page.offset, limit: page.limit });
		});
};
