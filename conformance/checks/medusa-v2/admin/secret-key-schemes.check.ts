import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { loginAdmin } from "../flows.ts";
import { adminProducts, createSecretKey } from "./support.ts";

const AS_BEARER = {
	message:
		"A secret API key was passed as a Bearer token. Secret API keys must be sent using HTTP Basic authentication instead (Authorization: Basic <secret-api-key>).",
};

export default defineMedusaV2Check({
	id: "medusa-v2/admin/secret-key-schemes",
	title: "A secret key works as Basic only, and not once revoked",
	rule: `A new secret key sent as "Authorization: Bearer sk_…" on GET /admin/products → 401 ${JSON.stringify(AS_BEARER)}; as "Basic base64(sk_…:)" → 200; once revoked, as Basic → 401 {"message":"Unauthorized"}.`,
	refs: ["observed:25", "facts:A.4"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const bearer = await loginAdmin(ctx);
		const { id, token } = await createSecretKey(ctx, bearer);
		const basic = `Basic ${Buffer.from(`${token}:`).toString("base64")}`;
		const asBearer = await adminProducts(ctx, `Bearer ${token}`);
		ctx.expect.status(asBearer, 401, "the secret key as Bearer");
		ctx.expect.equal(asBearer.body, AS_BEARER, "the secret key as Bearer: body");
		ctx.expect.status(await adminProducts(ctx, basic), 200, "the secret key as Basic");
		ctx.expect.status(await ctx.request({ path: `/admin/api-keys/${id}/revoke`, bearer, json: {} }), 200, "revoke");
		ctx.expect.status(await adminProducts(ctx, basic), 401, "the revoked secret key as Basic");
		// Leaves nothing behind on the target.
		ctx.expect.status(await ctx.request({ method: "DELETE", path: `/admin/api-keys/${id}`, bearer }), 200, "DELETE of the revoked key");
	},
});
