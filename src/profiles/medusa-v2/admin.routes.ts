// /admin/*: a user's bearer token, a user's session cookie, or a secret API key sent as
// `Authorization: Basic`; anything else is 401 `{"message":"Unauthorized"}`, never 403 (FACTS.md
// §A.4, §A.11; observed 09b, 09c) unless a profile that builds on this one adds roles (AdminAuthorization).
// API keys follow upstream's api-key module.
import { Type } from "@sinclair/typebox";
import { Elysia } from "elysia";
import { type OperationSpec, operation } from "../../openapi/operation.ts";
import { closed } from "../../openapi/schemas.ts";
import { apiKeyRoutes } from "./admin-api-keys.ts";
import { adminProductRoutes } from "./admin-products.ts";
import { userRoutes } from "./admin-users.ts";
import {
	AdminProduct,
	ApiKey,
	BODY_REFUSALS,
	CreatedApiKey,
	FIELDS_QUERY,
	MedusaError,
	NOT_FOUND,
	one,
	PAGE_QUERY,
	page,
	UNAUTHORIZED,
	User,
} from "./api-schemas.ts";
import { type AuthRule, authenticate } from "./authenticate.ts";
import { CreateApiKeyBody, RevokeApiKeyBody, UpdateApiKeyBody, UpdateUserBody } from "./model.ts";
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
	// Every /admin route runs the same authentication. A profile's authorization refuses in its own
	// error table's words: a role-based one answers 403 `{type: "forbidden", message}` (FACTS.md §A.2,
	// newer versions), so with an authorization every operation says so.
	const refusals: OperationSpec["answers"] = authorize ? { 401: UNAUTHORIZED, 403: FORBIDDEN } : { 401: UNAUTHORIZED };
	const describe = (spec: AdminSpec) => operation({ ...spec, tags: ["admin"], security: ADMIN, answers: { ...spec.answers, ...refusals } });
	return new Elysia({ name: "medusa-v2/admin" })
		.resolve(async ({ request }) => {
			const now = rt.clock.now();
			const { context } = await authenticate(rt, request, adminRule(rt), now);
			const actorId = String(context.actor_id);
			authorize?.(actorId, request.method, new URL(request.url).pathname);
			return { now, actorId };
		})
		.get("/admin/users/me", ({ request, actorId }) => users.get(request, actorId), describe(DESCRIBE_ME))
		.get("/admin/users/:id", ({ request, params }) => users.get(request, params.id), describe(DESCRIBE_USER))
		.post("/admin/users/:id", ({ request, params, body, now }) => users.update(request, params.id, body, now), describe(DESCRIBE_UPDATE_USER))
		.delete("/admin/users/:id", ({ params, actorId }) => users.delete(params.id, actorId), describe(DESCRIBE_DELETE_USER))
		.get("/admin/products", ({ request }) => products.list(request), describe(DESCRIBE_PRODUCTS))
		.get("/admin/products/:id", ({ request, params }) => products.get(request, params.id), describe(DESCRIBE_PRODUCT))
		.get("/admin/api-keys", ({ request }) => apiKeys.list(request), describe(DESCRIBE_KEYS))
		.post("/admin/api-keys", ({ request, body, now, actorId }) => apiKeys.create(request, body, actorId, now), describe(DESCRIBE_CREATE_KEY))
		.get("/admin/api-keys/:id", ({ request, params }) => apiKeys.get(request, params.id), describe(DESCRIBE_KEY))
		.post(
			"/admin/api-keys/:id",
			({ request, params, body, now }) => apiKeys.rename(request, params.id, body, now),
			describe(DESCRIBE_RENAME_KEY),
		)
		.delete("/admin/api-keys/:id", ({ params, now }) => apiKeys.delete(params.id, now), describe(DESCRIBE_DELETE_KEY))
		.post(
			"/admin/api-keys/:id/revoke",
			({ request, params, body, now, actorId }) => apiKeys.revoke(request, params.id, body, actorId, now),
			describe(DESCRIBE_REVOKE_KEY),
		);
};

// ---- the routes as the API document describes them (src/openapi/) ----

/** A user's bearer token, a user's session cookie, or a secret key as `Authorization: Basic` (FACTS.md §A.4). */
const ADMIN: OperationSpec["security"] = [["bearer"], ["session"], ["secretKey"]];

/** An /admin operation as its route says it; adminRoutes adds what they all share (family, credentials, 401). */
type AdminSpec = Omit<OperationSpec, "tags" | "security">;

/** What adminRoutes adds when the profile has an authorization. */
const FORBIDDEN = { description: "The admin's role lacks the permission (the profile's RBAC, `type: forbidden`).", schema: MedusaError };

/** A refused `?fields=` or other query key (createSelectParams is strict). */
const QUERY_REFUSED = { description: "A query key the route does not take (`type: invalid_data`).", schema: MedusaError };

const BODY_OR_QUERY_REFUSED = { description: "A body or query refused (`type: invalid_data`).", schema: MedusaError };

/** `{id, object, deleted: true}`, said of an unknown id too (observed 29, 30). */
const deleted = (object: string) =>
	closed({ id: Type.String(), object: Type.Literal(object), deleted: Type.Literal(true) });

/** createFindParams' keys beside FIELDS_QUERY and PAGE_QUERY (list-query.ts FindParams). */
const FIND_QUERY = {
	...FIELDS_QUERY,
	...PAGE_QUERY,
	order: Type.Optional(Type.String({ description: "A column to sort by, `-column` for descending." })),
	q: Type.Optional(Type.String({ description: "Text searched for in the records' searchable columns." })),
	with_deleted: Type.Optional(Type.String({ description: "`true` or `false`." })),
};

const ONE_USER = one("user", User);
const ONE_KEY = one("api_key", ApiKey);

const DESCRIBE_ME: AdminSpec = {
	summary: "The signed-in admin user",
	description: "GET only: POST and DELETE /admin/users/me reach the :id routes with the id \"me\", as upstream's do (observed 27, 30).",
	query: Type.Object(FIELDS_QUERY),
	answers: { 200: { description: "The caller's user.", schema: ONE_USER }, 400: QUERY_REFUSED, 404: NOT_FOUND },
};

const DESCRIBE_USER: AdminSpec = {
	summary: "One admin user",
	description: "Observed 27, 30.",
	query: Type.Object(FIELDS_QUERY),
	answers: { 200: { description: "The user.", schema: ONE_USER }, 400: QUERY_REFUSED, 404: NOT_FOUND },
};

const DESCRIBE_UPDATE_USER: AdminSpec = {
	summary: "Update an admin user's names, avatar or metadata",
	description: "AdminUpdateUser: the e-mail is not among its fields; an unknown id is the user module's 404 (observed 27, 30).",
	body: UpdateUserBody,
	query: Type.Object(FIELDS_QUERY),
	answers: {
		...BODY_REFUSALS,
		200: { description: "The updated user.", schema: ONE_USER },
		400: BODY_OR_QUERY_REFUSED,
		404: NOT_FOUND,
	},
};

const DESCRIBE_DELETE_USER: AdminSpec = {
	summary: "Delete an admin user, and its auth identity unless a customer still uses it",
	description: "removeUserAccountWorkflow; an unknown id is said to be deleted too, as upstream does (observed 30).",
	answers: {
		...BODY_REFUSALS,
		200: { description: "The user is gone (or was never there).", schema: deleted("user") },
		400: { description: "The caller's own user (`type: not_allowed`), or a body the parser refuses.", schema: MedusaError },
	},
};

const DESCRIBE_PRODUCTS: AdminSpec = {
	summary: "The products, whatever their sales channels",
	description:
		"AdminGetProductsParams: unknown query keys are stripped, not refused; `status` and `price_list_id` are lists (observed 09b, 32).",
	query: Type.Object({
		...FIND_QUERY,
		id: Type.Optional(Type.String({ description: "One id, or `id[]=` several." })),
		title: Type.Optional(Type.String({ description: "One title, or `title[]=` several." })),
		handle: Type.Optional(Type.String({ description: "One handle, or `handle[]=` several." })),
		sales_channel_id: Type.Optional(Type.String({ description: "One sales channel, or `sales_channel_id[]=` several." })),
		"status[]": Type.Optional(Type.String({ description: "draft, proposed, published or rejected; repeatable." })),
		"price_list_id[]": Type.Optional(Type.String({ description: "A price list; repeatable (there are none, so it finds nothing)." })),
	}),
	answers: {
		200: { description: "A page of products.", schema: page("products", AdminProduct) },
		400: { description: "A query value refused (`type: invalid_data`).", schema: MedusaError },
	},
};

const DESCRIBE_PRODUCT: AdminSpec = {
	summary: "One product",
	description: "Observed 32.",
	query: Type.Object(FIELDS_QUERY),
	answers: {
		200: { description: "The product.", schema: one("product", AdminProduct) },
		400: QUERY_REFUSED,
		404: NOT_FOUND,
	},
};

const DESCRIBE_KEYS: AdminSpec = {
	summary: "The API keys, publishable and secret",
	description: "AdminGetApiKeysParams, 20 a page by default; a secret key's token is \"\" and no `token` filter finds it (observed 26, 29).",
	query: Type.Object({
		...FIND_QUERY,
		id: Type.Optional(Type.String({ description: "One id, or `id[]=` several." })),
		title: Type.Optional(Type.String({ description: "One title, or `title[]=` several." })),
		token: Type.Optional(Type.String({ description: "One token, or `token[]=` several." })),
		type: Type.Optional(Type.Union([Type.Literal("publishable"), Type.Literal("secret")])),
		revoked_at: Type.Optional(
			Type.String({ description: "A date, `null`, or operators (`revoked_at[$gt]=…`); created_at, updated_at and deleted_at alike." }),
		),
	}),
	answers: {
		200: { description: "A page of keys.", schema: page("api_keys", ApiKey) },
		400: { description: "A query key or value refused (`type: invalid_data`).", schema: MedusaError },
	},
};

const DESCRIBE_CREATE_KEY: AdminSpec = {
	summary: "Create a publishable or secret API key",
	description: "The answer holds the token in full, this once; 2.21.2 allows several active secret keys (observed 25, 26).",
	body: CreateApiKeyBody,
	query: Type.Object(FIELDS_QUERY),
	answers: {
		...BODY_REFUSALS,
		200: { description: "The new key, with its token.", schema: one("api_key", CreatedApiKey) },
		400: BODY_OR_QUERY_REFUSED,
	},
};

const DESCRIBE_KEY: AdminSpec = {
	summary: "One API key",
	description: "Observed 26, 29.",
	query: Type.Object(FIELDS_QUERY),
	answers: { 200: { description: "The key.", schema: ONE_KEY }, 400: QUERY_REFUSED, 404: NOT_FOUND },
};

/** An unknown id is answered 200 `{}`: upstream's route refetches nothing (observed 29). */
const KEY_OR_NOTHING = Type.Union([ONE_KEY, closed({})]);

const DESCRIBE_RENAME_KEY: AdminSpec = {
	summary: "Rename an API key",
	description: "An unknown id is answered 200 `{}`, as upstream's route answers it (observed 29).",
	body: UpdateApiKeyBody,
	query: Type.Object(FIELDS_QUERY),
	answers: {
		...BODY_REFUSALS,
		200: { description: "The renamed key, or `{}` for an unknown id.", schema: KEY_OR_NOTHING },
		400: BODY_OR_QUERY_REFUSED,
	},
};

const DESCRIBE_DELETE_KEY: AdminSpec = {
	summary: "Delete a revoked API key",
	description: "Only a revoked key goes; an unknown id is said to be deleted too, as upstream does (observed 29).",
	answers: {
		...BODY_REFUSALS,
		200: { description: "The key is gone (or was never there).", schema: deleted("api_key") },
		400: { description: "The key is not revoked (`type: not_allowed`), or a body the parser refuses.", schema: MedusaError },
	},
};

const DESCRIBE_REVOKE_KEY: AdminSpec = {
	summary: "Revoke an API key, now or `revoke_in` seconds from now",
	description:
		"Only a secret key can be \"already revoked\"; a publishable key is revoked again; an unknown id is answered 200 `{}` (observed 29).",
	body: RevokeApiKeyBody,
	query: Type.Object(FIELDS_QUERY),
	answers: {
		...BODY_REFUSALS,
		200: { description: "The revoked key, or `{}` for an unknown id.", schema: KEY_OR_NOTHING },
		400: { description: "A body or query refused, or a secret key already revoked (`type: invalid_data`).", schema: MedusaError },
	},
};
