import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { loginAdmin, storeHeaders } from "../flows.ts";

const UNRECOGNIZED = { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo'" };

export default defineMedusaV2Check({
	id: "medusa-v2/admin/lists-refuse-unknown-query-keys",
	title: "List routes refuse query keys they do not know",
	rule: `GET /admin/api-keys?foo=1 (as the admin) and GET /store/products?foo=1 (with the publishable key) → 400 ${JSON.stringify(UNRECOGNIZED)}; GET /admin/api-keys?type=bogus → 400 naming the allowed values.`,
	refs: ["observed:26", "observed:28"],
	tier: "observed",
	severity: "interoperability",
	requires: ["admin-account", "publishable-key"],
	async run(ctx: CheckContext) {
		const bearer = await loginAdmin(ctx);
		for (const [path, options] of [
			["/admin/api-keys?foo=1", { bearer }],
			["/store/products?foo=1", { headers: storeHeaders(ctx) }],
		] as const) {
			const reply = await ctx.request({ path, ...options });
			ctx.expect.status(reply, 400, `GET ${path}`);
			ctx.expect.equal(reply.body, UNRECOGNIZED, `GET ${path}: body`);
		}
		const bogus = await ctx.request({ path: "/admin/api-keys?type=bogus", bearer });
		ctx.expect.status(bogus, 400, "GET /admin/api-keys?type=bogus");
		ctx.expect.equal(bogus.body, { type: "invalid_data", message: "Invalid request: Expected: 'publishable, secret' for field 'type', but got: 'bogus'" }, "GET /admin/api-keys?type=bogus: body");
	},
});
