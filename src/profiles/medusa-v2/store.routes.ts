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
import { authenticate } from "./authenticate.ts";
import { CreateCustomerBody, validateBody } from "./model.ts";
import { customerView, paginate, storeProductView } from "./views.ts";

const publishableKey = (rt: Runtime, request: Request, now: number): ApiKey => {
	const token = request.headers.get("x-publishable-api-key");
	if (!token) throw new GatecheckError("ERR_PUBLISHABLE_KEY_MISSING");
	const key = rt.state.store.findApiKey("publishable", token);
	if (!key || !isKeyActive(key, now)) throw new GatecheckError("ERR_PUBLISHABLE_KEY_INVALID");
	return key;
};

export const storeRoutes = (rt: Runtime) =>
	new Elysia({ name: "medusa-v2/store" })
		.resolve(({ request }) => {
			const now = rt.clock.now();
			return { now, publishableKey: publishableKey(rt, request, now) };
		})
		.post("/store/customers", async ({ request, body, now }) => {
			const { context } = await authenticate(
				rt,
				request,
				{ actorTypes: ["customer"], methods: ["session", "bearer"], allowUnregistered: true },
				now,
			);
			if (context.actor_id) throw new GatecheckError("ERR_ALREADY_AUTHENTICATED");
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
			const { context } = await authenticate(rt, request, { actorTypes: ["customer"], methods: ["session", "bearer"] }, now);
			const customer = rt.state.store.getCustomer(String(context.actor_id));
			if (!customer) throw new GatecheckError("ERR_NOT_FOUND", `Customer with id: ${String(context.actor_id)} was not found`);
			return jsonResponse(200, { customer: customerView(customer) });
		})
		.get("/store/products", ({ query, publishableKey: key }) => {
			// A key sees the products of its sales channels only (FACTS.md §A.10, publishable_key_context).
			const visible = rt.state.store.listProducts((product) =>
				product.salesChannelIds.some((id) => key.salesChannelIds.includes(id)),
			);
			const page = paginate(visible, query);
			return jsonResponse(200, { products: page.items.map(storeProductView), count: page.count, offset: page.offset, limit: page.limit });
		});
