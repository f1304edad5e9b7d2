import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { loginAdmin, newCustomer, UNAUTHORIZED } from "../flows.ts";
import { adminProducts } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/admin/refuses-non-admin-tokens",
	title: "/admin refuses customers and strangers with 401",
	rule: 'GET /admin/products answers 200 to the admin\'s token, and 401 {"message":"Unauthorized"} (not 403) to a customer\'s token, to no token, and to a garbage token.',
	refs: ["observed:09", "observed:error-shapes"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "admin-account"],
	async run(ctx: CheckContext) {
		ctx.expect.status(await adminProducts(ctx, `Bearer ${await loginAdmin(ctx)}`), 200, "GET /admin/products with the admin's token");
		const customer = await newCustomer(ctx);
		for (const [what, authorization] of [
			["a customer's token", `Bearer ${customer.token}`],
			["no token", undefined],
			["a garbage token", "Bearer garbage"],
		] as const) {
			const reply = await adminProducts(ctx, authorization);
			ctx.expect.status(reply, 401, `GET /admin/products with ${what}`);
			ctx.expect.json(reply, UNAUTHORIZED, `GET /admin/products with ${what}`);
		}
	},
});
