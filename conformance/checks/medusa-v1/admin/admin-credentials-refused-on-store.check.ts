import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { adminToken } from "../flows.ts";
import { adminSessionCookie, type Sent, sendWith } from "./support.ts";

const STORE_ROUTES = ["/store/customers/me", "/store/auth"];

export default defineMedusaV1Check({
	id: "medusa-v1/admin/admin-credentials-refused-on-store",
	title: "The admin's JWT or cookie is no customer login",
	rule: `GET ${STORE_ROUTES.join(" and GET ")} answer 401 (not 403, not 200) to the admin's JWT (domain "admin") and to the admin's session cookie.`,
	refs: ["observed:14e", "observed:06", "observed:09g"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const credentials: Array<[string, Sent]> = [
			["the admin's JWT", { bearer: await adminToken(ctx) }],
			["the admin's cookie", { cookie: await adminSessionCookie(ctx) }],
		];
		for (const path of STORE_ROUTES)
			for (const [what, sent] of credentials) ctx.expect.status(await sendWith(ctx, "GET", path, sent), 401, `GET ${path} with ${what}`);
	},
});
