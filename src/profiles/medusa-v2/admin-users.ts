// /admin/users/me and /admin/users/:id as Medusa 2.21.2 answers them (observed 27, 30). `me` is a
// route of its own for GET only: POST and DELETE /admin/users/me reach the :id routes with the id
// "me", so the update answers 404 `User with id "me" not found` and the delete deletes nothing and
// says it did, as upstream does.
import { updatedMetadata } from "../../core/metadata.ts";
import { jsonResponse } from "../../http/respond.ts";
import { medusaV2Error } from "./errors.ts";
import { selectedFields, UpdateUserBody, validateInput } from "./model.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { selectFields, userView } from "./views.ts";

export const userRoutes = (rt: MedusaV2Runtime) => {
	const { store } = rt.state;
	return {
		get(request: Request, id: string): Response {
			const fields = selectedFields(request);
			const user = store.getUser(id);
			if (!user) throw medusaV2Error("ERR_NOT_FOUND", `User with id: ${id} was not found`);
			return jsonResponse(200, { user: selectFields(userView(user), fields) });
		},

		update(request: Request, id: string, body: unknown, now: number): Response {
			const input = validateInput(UpdateUserBody, body);
			const fields = selectedFields(request);
			const user = store.getUser(id);
			// The user module's own wording, not the route's (observed 27, 30).
			if (!user) throw medusaV2Error("ERR_NOT_FOUND", `User with id "${id}" not found`);
			if (input.first_name !== undefined) user.firstName = input.first_name;
			if (input.last_name !== undefined) user.lastName = input.last_name;
			if (input.avatar_url !== undefined) user.avatarUrl = input.avatar_url;
			user.metadata = updatedMetadata(user.metadata, input.metadata);
			if (Object.keys(input).length > 0) user.updatedAt = now;
			return jsonResponse(200, { user: selectFields(userView(user), fields) });
		},

		/**
		 * removeUserAccountWorkflow: the user goes, and so does its auth identity unless another actor
		 * (a customer) still uses it. Nobody deletes themselves (observed 30).
		 */
		delete(id: string, actorId: string): Response {
			if (id === actorId) throw medusaV2Error("ERR_NOT_ALLOWED", "A user cannot delete itself");
			if (store.getUser(id)) {
				store.deleteUser(id);
				const identity = store.findIdentityOf("user_id", id);
				if (identity) {
					delete identity.appMetadata.user_id;
					if (Object.keys(identity.appMetadata).length === 0) store.removeIdentity(identity);
				}
			}
			return jsonResponse(200, { id, object: "user", deleted: true });
		},
	};
};
