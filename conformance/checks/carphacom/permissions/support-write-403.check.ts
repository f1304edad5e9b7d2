import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { readAndWrite, supportToken } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/permissions/support-write-403",
	title: "A valid token without the permission gets 403",
	rule: "The read-only support user's Bearer token works on GET /admin/products (200: the token is valid), and POST /admin/api-keys with it answers 403: a valid token that lacks the permission is forbidden, not unauthenticated.",
	refs: ["seed:error-403", "choice:roles"],
	tier: "contract",
	severity: "security",
	requires: ["support-account"],
	async run(ctx: CheckContext) {
		const { read, write } = await readAndWrite(ctx, `Bearer ${await supportToken(ctx)}`);
		ctx.expect.status(read, 200, "GET /admin/products with the support user's token");
		ctx.expect.status(write, 403, "POST /admin/api-keys with the support user's token");
	},
});
