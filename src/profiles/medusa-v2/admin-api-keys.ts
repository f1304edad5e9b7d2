// /admin/api-keys as Medusa 2.21.2's routes and api-key module answer them (observed 25, 26, 29):
// a list with filters, one key, create, rename, revoke and delete. Upstream's quirks a client can
// meet are kept: rename and revoke of an unknown id answer 200 `{}` (the route refetches nothing),
// delete of an unknown id answers that it was deleted, and only a secret key can be "already revoked".
import { t } from "elysia";
import { createApiKey, isKeyActive } from "../../core/api-keys.ts";
import type { ApiKey } from "../../core/store.ts";
import { expressQuery } from "../../http/query.ts";
import { jsonResponse } from "../../http/respond.ts";
import { medusaV2Error } from "./errors.ts";
import { FindParams, type Listing, listed, OperatorMap, StringOrList } from "./list-query.ts";
import { CreateApiKeyBody, RevokeApiKeyBody, selectedFields, UpdateApiKeyBody, validateInput } from "./model.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { apiKeyView, createdApiKeyView, paginate, selectFields } from "./views.ts";

/** AdminGetApiKeysParams. */
const ApiKeyListParams = FindParams({
	q: t.Optional(t.String()),
	id: t.Optional(StringOrList),
	title: t.Optional(StringOrList),
	token: t.Optional(StringOrList),
	type: t.Optional(CreateApiKeyBody.properties.type),
	created_at: t.Optional(OperatorMap),
	updated_at: t.Optional(OperatorMap),
	deleted_at: t.Optional(OperatorMap),
	revoked_at: t.Optional(OperatorMap),
});

/** The module's columns: a secret key's stored token is a hash, so no token filter finds it (observed 29). */
const API_KEYS: Listing<ApiKey> = {
	row: (key) => ({
		id: key.id,
		title: key.title,
		token: key.token,
		redacted: key.redacted,
		type: key.type,
		last_used_at: null,
		created_by: key.createdBy,
		revoked_by: key.revokedBy,
		revoked_at: key.revokedAt,
		created_at: key.createdAt,
		updated_at: key.updatedAt,
		deleted_at: null,
	}),
	columns: ["id", "title", "token", "redacted", "type", "last_used_at", "created_by", "revoked_by", "revoked_at", "created_at", "updated_at", "deleted_at"],
	dates: ["revoked_at", "created_at", "updated_at", "deleted_at"],
	// The model's searchable fields.
	searchable: ["title", "redacted"],
};

export const apiKeyRoutes = (rt: MedusaV2Runtime) => {
	const { store } = rt.state;
	const answer = (key: ApiKey | undefined, fields: string | undefined): Response =>
		jsonResponse(200, key ? { api_key: selectFields(apiKeyView(key, store), fields) } : {});

	return {
		list(request: Request): Response {
			const query = validateInput(ApiKeyListParams, expressQuery(request));
			// Reference choice: deleted keys are gone, so `with_deleted` finds none (upstream's shows none either, observed 29).
			const page = paginate(listed(store.listApiKeys(), query, API_KEYS), query, 20);
			const apiKeys = page.items.map((key) => selectFields(apiKeyView(key, store), query.fields));
			return jsonResponse(200, { api_keys: apiKeys, count: page.count, offset: page.offset, limit: page.limit });
		},

		async create(request: Request, body: unknown, actorId: string, now: number): Promise<Response> {
			const { title, type } = validateInput(CreateApiKeyBody, body);
			// Validated, not applied: the route answers the module's record, not a refetch.
			selectedFields(request);
			// 2.21.2 allows several active secret keys (observed 26); an older Medusa allowed one.
			const { key, token } = await createApiKey({ type, title, createdBy: actorId }, now);
			store.addApiKey(key);
			return jsonResponse(200, { api_key: createdApiKeyView(key, token) });
		},

		get(request: Request, id: string): Response {
			const fields = selectedFields(request);
			const key = store.getApiKey(id);
			if (!key) throw medusaV2Error("ERR_NOT_FOUND", `API Key with id: ${id} was not found`);
			return answer(key, fields);
		},

		rename(request: Request, id: string, body: unknown, now: number): Response {
			const { title } = validateInput(UpdateApiKeyBody, body);
			const fields = selectedFields(request);
			const key = store.getApiKey(id);
			if (key) {
				key.title = title;
				key.updatedAt = now;
			}
			return answer(key, fields);
		},

		revoke(request: Request, id: string, body: unknown, actorId: string, now: number): Response {
			const { revoke_in: revokeInSeconds = 0 } = validateInput(RevokeApiKeyBody, body);
			const fields = selectedFields(request);
			const key = store.getApiKey(id);
			if (key) {
				// The module looks for revoked secret keys only: a publishable key is revoked again, and so
				// is a secret key whose revocation is still ahead (observed 29).
				if (key.type === "secret" && !isKeyActive(key, now))
					throw medusaV2Error("ERR_INVALID_DATA", "There are 1 secret keys that are already revoked.");
				key.revokedAt = now + revokeInSeconds * 1000;
				key.revokedBy = actorId;
				key.updatedAt = now;
			}
			return answer(key, fields);
		},

		delete(id: string, now: number): Response {
			const key = store.getApiKey(id);
			if (key && isKeyActive(key, now)) throw medusaV2Error("ERR_NOT_ALLOWED", `Cannot delete api keys that are not revoked - ${id}`);
			store.deleteApiKey(id);
			return jsonResponse(200, { id, object: "api_key", deleted: true });
		},
	};
};
