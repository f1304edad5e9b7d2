import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { loginAdmin } from "../flows.ts";
import { createSecretKey } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/admin/api-key-lifecycle",
	title: "An API key is deleted only once revoked, and a secret key is revoked once",
	rule: 'A new secret key: DELETE /admin/api-keys/{id} → 400 {"type":"not_allowed","message":"Cannot delete api keys that are not revoked - {id}"}; POST …/{id}/revoke → 200 with revoked_at set; revoking it again → 400 {"type":"invalid_data","message":"There are 1 secret keys that are already revoked."}; then DELETE → 200 {"id":"{id}","object":"api_key","deleted":true}, and GET /admin/api-keys/{id} → 404.',
	refs: ["observed:26"],
	tier: "observed",
	severity: "interoperability",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const bearer = await loginAdmin(ctx);
		const { id } = await createSecretKey(ctx, bearer);
		const path = `/admin/api-keys/${id}`;
		const refusedDelete = await ctx.request({ method: "DELETE", path, bearer });
		ctx.expect.status(refusedDelete, 400, "DELETE of an active key");
		ctx.expect.equal(refusedDelete.body, { type: "not_allowed", message: `Cannot delete api keys that are not revoked - ${id}` }, "DELETE of an active key: body");
		const revoked = await ctx.request({ path: `${path}/revoke`, bearer, json: {} });
		ctx.expect.status(revoked, 200, "revoke");
		const revokedAt = (revoked.body as { api_key?: { revoked_at?: unknown } } | undefined)?.api_key?.revoked_at;
		ctx.expect.that(typeof revokedAt === "string", "revoke: expected {api_key: {revoked_at: <date>}}", { exchange: revoked.exchange });
		const again = await ctx.request({ path: `${path}/revoke`, bearer, json: {} });
		ctx.expect.status(again, 400, "revoking the revoked secret key again");
		ctx.expect.equal(again.body, { type: "invalid_data", message: "There are 1 secret keys that are already revoked." }, "revoking again: body");
		const deleted = await ctx.request({ method: "DELETE", path, bearer });
		ctx.expect.status(deleted, 200, "DELETE of the revoked key");
		ctx.expect.equal(deleted.body, { id, object: "api_key", deleted: true }, "DELETE of the revoked key: body");
		ctx.expect.status(await ctx.request({ path, bearer }), 404, "GET of the deleted key");
	},
});
