import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { login, tokenOf } from "../../medusa-v2/flows.ts";
import { cookieHeader, credentialsOf, panelLogin, viaProxy } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/proxy-converts-cookies",
	title: "The panel's proxy turns its cookies into a Bearer header for /admin/*",
	rule: "With nothing but the cookies of a panel login (no Authorization header), GET /app/api/admin/proxy/products?limit=1 answers what GET /admin/products?limit=1 answers with the admin's Bearer token: 200 and the same JSON body.",
	refs: ["seed:panel-proxy", "seed:panel-cookies", "seed:admin-bearer"],
	tier: "contract",
	severity: "interoperability",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const { cookies } = await panelLogin(ctx, "admin");
		const bearer = tokenOf(ctx, await login(ctx, credentialsOf(ctx, "admin"), "user"), "POST /auth/user/emailpass");
		const direct = await ctx.request({ path: "/admin/products?limit=1", bearer, useJar: false });
		ctx.expect.status(direct, 200, "GET /admin/products with the admin's bearer token");
		const proxied = await viaProxy(ctx, "products?limit=1", cookieHeader(cookies));
		ctx.expect.status(proxied, 200, "GET /app/api/admin/proxy/products with the panel's cookies");
		ctx.expect.json(proxied, direct.body, "the proxy's answer (expected the same body as /admin/products with the bearer)");
	},
});
