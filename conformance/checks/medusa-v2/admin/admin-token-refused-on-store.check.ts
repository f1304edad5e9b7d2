import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { loginAdmin, me, UNAUTHORIZED } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/admin/admin-token-refused-on-store",
	title: "An admin token is not a customer token",
	rule: 'GET /store/customers/me with the publishable key and an admin\'s token (actor_type "user") answers 401 {"message":"Unauthorized"}: /store/customers/me takes customer actors only.',
	refs: ["observed:09"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account", "publishable-key"],
	async run(ctx: CheckContext) {
		const reply = await me(ctx, await loginAdmin(ctx));
		ctx.expect.status(reply, 401, "GET /store/customers/me with an admin token");
		ctx.expect.json(reply, UNAUTHORIZED);
	},
});
