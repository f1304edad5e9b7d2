// /store/*: every route needs a valid publishable key, checked before any authentication
// (FACTS.md §A.10; observed 05g, 05h, 05l, 10), and a customer is a session or bearer of actor type
// "customer". POST /store/customers turns a registration token's identity into a customer
// (seed 002, "Register Route"; observed 03).
import { Type } from "@sinclair/typebox";
import { Elysia } from "elysia";
import { storedMetadata } from "../../core/metadata.ts";
import { newId } from "../../core/ids.ts";
import { whenReady } from "../../core/when-ready.ts";
import { parseHook } from "../../http/body.ts";
import { syncRoute } from "../../http/sync-route.ts";
import { accountRoutes } from "./account.routes.ts";
import type { Authenticated, AuthRule } from "./authenticate.ts";
import type { ErrorAnswers, ErrorContext } from "./error-answer.ts";
import { medusaV2Error } from "./errors.ts";
import { CreateCustomerBody, selectedFields, validateInput } from "./model.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { customerAnswers, storeJson, storeOrigin } from "./store-answers.ts";
import { authenticateCustomer, CUSTOMER_RULE, customerOf, publishableKey } from "./store-access.ts";
import { storeProductPage } from "./store-products.ts";
import { customerView, selectFields, storeProductView } from "./views.ts";
import { operation } from "../../openapi/operation.ts";
import { BODY_REFUSALS, CodedError, CUSTOMER, Customer, FIELDS_QUERY, KEY_ONLY, MedusaError, one, page, PAGE_QUERY, STORE_KEY_REFUSAL, StoreProduct, UNAUTHORIZED } from "./api-schemas.ts";

/** What of Elysia's context the synchronous route reads and its rejection answer needs. */
type Context = Omit<ErrorContext, "code" | "error">;

export const storeRoutes = (rt: MedusaV2Runtime, errors: ErrorAnswers) => {
	// The policy is fixed when the server starts, so each route's rule is too.
	const { store: storePolicy } = rt.policy;
	const registerRule: AuthRule = { ...CUSTOMER_RULE, allowUnregistered: true };
	const meRule: AuthRule = { ...CUSTOMER_RULE, allowUnregistered: storePolicy.meAcceptsRegistrationToken };
	const customerAnswer = customerAnswers();
	const answerMe = (request: Request, { context }: Authenticated): Response => {
		const customer = customerOf(rt, context);
		// A query is validated and answered afresh; the request a storefront repeats has none.
		const fields = selectedFields(request);
		if (!storePolicy.meShowsPasswordHash && fields === undefined) return customerAnswer(customer, storeOrigin(rt, request));
		const view = customerView(customer);
		if (storePolicy.meShowsPasswordHash) view.password_hash = rt.state.store.findIdentity("emailpass", customer.email)?.passwordHash ?? null;
		return storeJson(rt, request, { customer: selectFields(view, fields) });
	};
	return new Elysia({ name: "medusa-v2/store" })
		// With its own parse hook: the profile's is registered after the /store routes (index.ts).
		.post("/store/customers", async ({ request, body }) => {
			const now = rt.clock.now();
			const { context } = await authenticateCustomer(rt, request, registerRule, now);
			// The body is validated before the route runs, so before "already authenticated" (observed 17).
			const input = validateInput(CreateCustomerBody, body);
			const fields = selectedFields(request);
			if (context.actor_id) throw medusaV2Error("ERR_ALREADY_AUTHENTICATED");
			if (!storePolicy.registrationOpen) throw medusaV2Error("ERR_NOT_AUTHENTICATED", "Unauthorized");
			const { store } = rt.state;
			const identity = store.getIdentity(String(context.auth_identity_id));
			if (!identity) throw medusaV2Error("ERR_NOT_AUTHENTICATED", "Unauthorized");
			if (!input.email) throw medusaV2Error("ERR_EMAIL_REQUIRED");
			if (store.findCustomerAccount(input.email)) throw medusaV2Error("ERR_CUSTOMER_EXISTS");
			if (identity.appMetadata.customer_id !== undefined) throw medusaV2Error("ERR_IDENTITY_LINKED");
			const customer = {
				id: newId("cus", now),
				email: input.email,
				companyName: input.company_name ?? null,
				firstName: input.first_name ?? null,
				lastName: input.last_name ?? null,
				phone: input.phone ?? null,
				hasAccount: true,
				metadata: storedMetadata(input.metadata),
				addresses: [],
				createdAt: now,
				updatedAt: now,
			};
			store.addCustomer(customer);
			identity.appMetadata.customer_id = customer.id;
			return storeJson(rt, request, { customer: selectFields(customerView(customer), fields) });
		}, { parse: parseHook, ...DESCRIBE_CREATE_CUSTOMER })
		// No promise when the caller's session or token is known already (authenticate.ts), and none
		// from Elysia either (http/sync-route.ts).
		.get(
			"/store/customers/me",
			syncRoute(
				({ request }: Context) => {
					const now = rt.clock.now();
					return whenReady(authenticateCustomer(rt, request, meRule, now), (authenticated) => answerMe(request, authenticated));
				},
				({ path, request }, error) => errors.answer({ code: "UNKNOWN", error, path, request }),
			),
			DESCRIBE_ME,
		)
		.get("/store/products", ({ request }) => {
			const key = publishableKey(rt, request, rt.clock.now());
			// A key sees the products of its sales channels only (FACTS.md §A.10, publishable_key_context).
			const { page, fields } = storeProductPage(rt, request, key);
			const products = page.items.map((product) => selectFields(storeProductView(product), fields));
			return storeJson(rt, request, { products, count: page.count, offset: page.offset, limit: page.limit });
		}, DESCRIBE_PRODUCTS)
		.use(accountRoutes(rt));
};

// ---- the routes as the API document describes them (src/openapi/) ----

const DESCRIBE_CREATE_CUSTOMER = operation({
	summary: "Create the customer of a registration token",
	description:
		"With the token POST /auth/customer/emailpass/register answered; then POST /auth/token/refresh for a token naming the customer (seed 002, \"Register Route\"; observed 03, 17).",
	tags: ["store"],
	security: [["publishableKey", "bearer"]],
	body: CreateCustomerBody,
	query: Type.Object(FIELDS_QUERY),
	answers: {
		...BODY_REFUSALS,
		200: { description: "The new customer.", schema: one("customer", Customer) },
		400: { description: "No or no live publishable key, a body refused, a token already naming a customer, or no e-mail.", schema: MedusaError },
		401: UNAUTHORIZED,
		422: { description: "A customer with this e-mail already has an account (`type: duplicate_error`).", schema: CodedError },
	},
});

const DESCRIBE_ME = operation({
	summary: "The signed-in customer",
	description: "The storefront's \"who am I\" (observed 05a–05l); the key is checked before the customer.",
	tags: ["store"],
	security: CUSTOMER,
	query: Type.Object(FIELDS_QUERY),
	answers: { 200: { description: "The customer.", schema: one("customer", Customer) }, 400: STORE_KEY_REFUSAL, 401: UNAUTHORIZED },
});

const DESCRIBE_PRODUCTS = operation({
	summary: "The products of the key's sales channels",
	description: "A key sees the products of its sales channels only (FACTS.md §A.10; observed 10).",
	tags: ["store"],
	security: KEY_ONLY,
	query: Type.Object({ ...FIELDS_QUERY, ...PAGE_QUERY }),
	answers: {
		200: { description: "A page of products.", schema: page("products", StoreProduct) },
		400: { description: "No or no live publishable key, or a query refused.", schema: MedusaError },
	},
});
