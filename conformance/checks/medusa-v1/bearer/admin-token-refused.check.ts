import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { adminToken, currentCustomer, expectRefused, me } from "../flows.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/admin-token-refused",
	title: "An admin JWT does not open customer routes",
	rule: 'GET /store/customers/me and GET /store/auth with a valid admin access_token (POST /admin/auth/token, domain "admin") answer 401, never 200 and never 403.',
	refs: ["observed:09g", "observed:14e", "observed:06"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const token = await adminToken(ctx);
		expectRefused(ctx, await me(ctx, { bearer: token }), "GET /store/customers/me with an admin JWT");
		expectRefused(ctx, await currentCustomer(ctx, { bearer: token }), "GET /store/auth with an admin JWT");
	},
});
