import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { adminToken, cookieLogin, customerToken, newCustomer } from "../flows.ts";
import { type Sent, sendWith, sessionCookiePair } from "./support.ts";

const ADMIN_ROUTES = ["/admin/products?limit=1", "/admin/customers?limit=1", "/admin/auth"];

export default defineMedusaV1Check({
	id: "medusa-v1/admin/customer-credentials-refused",
	title: "A customer's JWT or cookie gets 401 on /admin, never 403",
	rule: `GET ${ADMIN_ROUTES.join(", ")} answer 200 to the admin's JWT and 401 (not 403, not 200) to a customer's store JWT and to a customer's session cookie.`,
	refs: ["observed:14e", "observed:14c"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account", "customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const credentials: Array<[string, Sent]> = [
			["a customer's JWT", { bearer: await customerToken(ctx, customer) }],
			["a customer's cookie", { cookie: sessionCookiePair(ctx, await cookieLogin(ctx, customer), "POST /store/auth") }],
		];
		const admin = await adminToken(ctx);
		for (const path of ADMIN_ROUTES) {
			ctx.expect.status(await sendWith(ctx, "GET", path, { bearer: admin }), 200, `GET ${path} with the admin's JWT`);
			for (const [what, sent] of credentials) ctx.expect.status(await sendWith(ctx, "GET", path, sent), 401, `GET ${path} with ${what}`);
		}
	},
});
