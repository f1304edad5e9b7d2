// /admin/*: a user's bearer token, a user's session cookie, or a secret API key sent as
// `Authorization: Basic`; anything else is 401 `{"message":"Unauthorized"}`, never 403
// (FACTS.md §A.4, §A.11; observed 09b, 09c). API keys follow upstream's api-key module.
import { Elysia } from "elysia";
import { apiKeyRoutes } from "./admin-api-keys.ts";
import { adminProductRoutes } from "./admin-products.ts";
import { userRoutes } from "./admin-users.ts";
import { type AuthRule, authenticate } from "./authenticate.ts";
import type { MedusaV2Runtime } from "./runtime.ts";

/**
 * Whether the admin actor may call `METHOD path`: nothing, or a GatecheckError the profile answers.
 * Medusa has no such check (FACTS.md §A.11); a profile with roles adds one.
 */
export type AdminAuthorization = (actorId: string, method: string, path: string) => void;

/** Who may call /admin/*, known or not (upstream's global /admin authenticate). */
export const adminRule = (rt: MedusaV2Runtime): AuthRule => ({ actorTypes: rt.policy.admin.actorTypes, methods: ["bearer", "session", "api-key"] });

export const adminRoutes = (rt: MedusaV2Runtime, authorize?: AdminAuthorization) => {
	const users = userRoutes(rt);
	const apiKeys = apiKeyRoutes(rt);
	const products = adminProductRoutes(rt);
	return new Elysia({ name: "medusa-v2/admin" })
		.resolve(async ({ request }) => {
			const now = rt.clock.now();
			const { context } = await authenticate(rt, request, adminRule(rt), now);
			const actorId = String(context.actor_id);
			authorize?.(actorId, request.method, new URL(request.url).pathname);
			return { now, actorId };
		})
		.get("/admin/users/me", ({ request, actorId }) => users.get(request, actorId))
		.get("/admin/users/:id", ({ request, params }) => users.get(request, params.id))
		.post("/admin/users/:id", ({ request, params, body, now }) => users.update(request, params.id, body, now))
		.delete("/admin/users/:id", ({ params, actorId }) => users.delete(params.id, actorId))
		.get("/admin/products", ({ request }) => products.list(request))
		.get("/admin/products/:id", ({ request, params }) => products.get(request, params.id))
		.get("/admin/api-keys", ({ request }) => apiKeys.list(request))
		.post("/admin/api-keys", ({ request, body, now, actorId }) => apiKeys.create(request, body, actorId, now))
		.get("/admin/api-keys/:id", ({ request, params }) => apiKeys.get(request, params.id))
		.post("/admin/api-keys/:id", ({ request, params, body, now }) => apiKeys.rename(request, params.id, body, now))
		.delete("/admin/api-keys/:id", ({ params, now }) => apiKeys.delete(params.id, now))
		.post("/admin/api-keys/:id/revoke", ({ request, params, body, now, actorId }) => apiKeys.revoke(request, params.id, body, actorId, now));
};
