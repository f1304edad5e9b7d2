// /admin/*: a user's bearer token, a user's session cookie, or a secret API key sent as
// `Authorization: Basic`; anything else is 401 `{"message":"Unauthorized"}`, never 403
// (FACTS.md §A.4, §A.11; observed 09b, 09c). API keys follow upstream's api-key module.
import { Elysia } from "elysia";
import { createApiKey } from "../../core/api-keys.ts";
import { medusaV2Error } from "./errors.ts";
import { jsonResponse } from "../../http/respond.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { type AuthRule, authenticate } from "./authenticate.ts";
import { CreateApiKeyBody, RevokeApiKeyBody, validateInput } from "./model.ts";
import { adminProductView, apiKeyView, paginate, userView } from "./views.ts";

/**
 * Whether the admin actor may call `METHOD path`: nothing, or a GatecheckError the profile answers.
 * Medusa has no such check (FACTS.md §A.11); a profile with roles adds one.
 */
export type AdminAuthorization = (actorId: string, method: string, path: string) => void;

/** Who may call /admin/*, known or not (upstream's global /admin authenticate). */
export const adminRule = (rt: MedusaV2Runtime): AuthRule => ({ actorTypes: rt.policy.admin.actorTypes, methods: ["bearer", "session", "api-key"] });

export const adminRoutes = (rt: MedusaV2Runtime, authorize?: AdminAuthorization) =>
	new Elysia({ name: "medusa-v2/admin" })
		.resolve(async ({ request }) => {
			const now = rt.clock.now();
			const { context } = await authenticate(rt, request, adminRule(rt), now);
			const actorId = String(context.actor_id);
			authorize?.(actorId, request.method, new URL(request.url).pathname);
			return { now, actorId };
		})
		.get("/admin/users/me", ({ actorId }) => {
			const user = rt.state.store.getUser(actorId);
			if (!user) throw medusaV2Error("ERR_NOT_FOUND", `User with id: ${actorId} was not found`);
			return jsonResponse(200, { user: userView(user) });
		})
		.get("/admin/products", ({ query }) => {
			const { store } = rt.state;
			const page = paginate(store.listProducts(), query);
			const products = page.items.map((product) => adminProductView(product, store));
			return jsonResponse(200, { products, count: page.count, offset: page.offset, limit: page.limit });
		})
		.get("/admin/api-keys", ({ query }) => {
			const { store } = rt.state;
			const page = paginate(store.listApiKeys(), query, 20);
			const apiKeys = page.items.map((key) => apiKeyView(key, store));
			return jsonResponse(200, { api_keys: apiKeys, count: page.count, offset: page.offset, limit: page.limit });
		})
		.post("/admin/api-keys", async ({ body, now, actorId }) => {
			const { title, type } = validateInput(CreateApiKeyBody, body);
			const { store } = rt.state;
			// 2.21.2 allows several active secret keys (observed 26); an older Medusa allowed one.
			const { key, token } = await createApiKey({ type, title, createdBy: actorId }, now);
			store.addApiKey(key);
			return jsonResponse(200, { api_key: apiKeyView(key, store, token) });
		})
		.post("/admin/api-keys/:id/revoke", ({ params, body, now, actorId }) => {
			const { revoke_in: revokeInSeconds = 0 } = validateInput(RevokeApiKeyBody, body);
			const { store } = rt.state;
			const key = store.getApiKey(params.id);
			if (!key) throw medusaV2Error("ERR_NOT_FOUND", `ApiKey with id: ${params.id} was not found`);
			if (key.revokedAt !== null)
				throw medusaV2Error("ERR_KEY_ALREADY_REVOKED", `There are 1 ${key.type} keys that are already revoked.`);
			key.revokedAt = now + revokeInSeconds * 1000;
			key.revokedBy = actorId;
			return jsonResponse(200, { api_key: apiKeyView(key, store) });
		});
