// /store/*: every route needs a valid publishable key, checked before any authentication
// (FACTS.md §A.10; observed 05g, 05h, 05l, 10), and a customer is a session or bearer of actor type
// "customer". POST /store/customers turns a registration token's identity into a customer
// (seed 002, "Register Route"; observed 03).
import { Elysia } from "elysia";
import { isKeyActive } from "../../core/api-keys.ts";
import { GatecheckError } from "../../core/errors.ts";
import { newId } from "../../core/ids.ts";
import type { ApiKey } from "../../core/store.ts";
import { jsonResponse } from "../../http/respond.ts";
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

/** Upstream checks the key first (FACTS.md §A.10); the key-checked-after-auth defect swaps the order. */
const authenticateCustomer = async (rt: Runtime, request: Request, rule: AuthRule, now: number): Promise<Authenticated> => {
	const authenticated = await authenticate(rt, request, rule, now);
	if (rt.defects.has("key-checked-after-auth")) publishableKey(rt, request, now);
	return authenticated;
};

export const storeRoutes = (rt: Runtime) =>
	new Elysia({ name: "medusa-v2/store" })
		.resolve(({ request }) => {
			const now = rt.clock.now();
			const keyFirst = !rt.defects.has("key-checked-after-auth") || new URL(request.url).pathname === "/store/products";
			return { now, publishableKey: keyFirst ? publishableKey(rt, request, now) : undefined };
		})
		.post("/store/customers", async ({ request, body, now }) => {
			const { context } = await authenticateCustomer(
				rt,
				request,
				{ actorTypes: ["customer"], methods: ["session", "bearer"], allowUnregistered: true },
				now,
			);
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
			return jsonResponse(200, { customer: customerView(customer) });
		})
		.get("/store/customers/me", async ({ request, now }) => {
			const rule: AuthRule = {
				actorTypes: ["customer"],
				methods: ["session", "bearer"],
				allowUnregistered: rt.defects.has("registration-token-accepted"),
			};
			const { context } = await authenticateCustomer(rt, request, rule, now);
			const customer = rt.state.store.getCustomer(String(context.actor_id));
			if (!customer) throw new GatecheckError("ERR_NOT_FOUND", `Customer with id: ${String(context.actor_id)} was not found`);
			const view = customerView(customer);
			if (rt.defects.has("password-hash-in-response"))
				view.password_hash = rt.state.store.findIdentity("emailpass", customer.email)?.passwordHash ?? null;
			return jsonResponse(200, { customer: view });
		})
		.get("/store/products", ({ query, publishableKey: key }) => {
			// A key sees the products of its sales channels only (FACTS.md §A.10, publishable_key_context).
			const visible = rt.state.store.listProducts(
				(product) => !key || rt.defects.has("key-not-scoped") || product.salesChannelIds.some((id) => key.salesChannelIds.includes(id)),
			);
			const page = paginate(visible, query);
			return jsonResponse(200, { products: page.items.map(storeProductView), count: page.count, offset: page.offset, limit: page.limit });
		});
