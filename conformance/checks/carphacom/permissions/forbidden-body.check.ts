import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { readAndWrite, supportToken } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/permissions/forbidden-body",
	title: "The 403 has Medusa's RBAC body",
	rule: 'POST /admin/api-keys with the support user\'s token answers 403 {"type":"forbidden","message":"Insufficient permissions. Required policies: api_key:write"}: the error shape and wording of Medusa\'s newer permission check.',
	refs: ["choice:roles", "seed:error-403"],
	tier: "observed",
	severity: "interoperability",
	requires: ["support-account"],
	async run(ctx: CheckContext) {
		const { write } = await readAndWrite(ctx, `Bearer ${await supportToken(ctx)}`);
		ctx.expect.status(write, 403, "POST /admin/api-keys with the support user's token");
		ctx.expect.exactBody(write, JSON.stringify({ type: "forbidden", message: "Insufficient permissions. Required policies: api_key:write" }));
	},
});
