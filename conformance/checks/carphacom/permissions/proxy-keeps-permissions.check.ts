import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { cookieHeader, panelLogin, viaProxy } from "../admin-panel/support.ts";
import { probeKey } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/permissions/proxy-keeps-permissions",
	title: "Through the panel's proxy, the support user may read but not write",
	rule: "Logged in on the panel as the read-only support user, GET /app/api/admin/proxy/products?limit=1 answers 200 and POST /app/api/admin/proxy/api-keys answers 403: the proxy passes the user's own token, and its permissions, to /admin/*.",
	refs: ["seed:panel-proxy", "seed:error-403", "choice:roles"],
	tier: "contract",
	severity: "security",
	requires: ["support-account"],
	async run(ctx: CheckContext) {
		const { cookies } = await panelLogin(ctx, "support");
		const cookie = cookieHeader(cookies);
		ctx.expect.status(await viaProxy(ctx, "products?limit=1", cookie), 200, "GET /app/api/admin/proxy/products as the support user");
		ctx.expect.status(await viaProxy(ctx, "api-keys", cookie, probeKey(ctx)), 403, "POST /app/api/admin/proxy/api-keys as the support user");
	},
});
