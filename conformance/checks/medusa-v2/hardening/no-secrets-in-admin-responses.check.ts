import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { loginAdmin, tokenOf } from "../flows.ts";
import { expectNoLeaks } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/no-secrets-in-admin-responses",
	title: "Admin flows never return password hashes or secrets",
	rule: 'No answer in an admin\'s login → /admin/users/me → /admin/products → session → refresh → logout flow (headers, body, or the payload of any JWT in them) contains a password hash ("$argon2", "$2a$", "$2b$", "scrypt", "c2NyeXB0"), a field named like password or hash, or the JWT secret.',
	refs: ["asvs:14.2.6"],
	tier: "hardening",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const token = await loginAdmin(ctx);
		ctx.expect.status(await ctx.request({ path: "/admin/users/me", bearer: token, useJar: false }), 200, "GET /admin/users/me");
		ctx.expect.status(await ctx.request({ path: "/admin/products", bearer: token, useJar: false }), 200, "GET /admin/products");
		ctx.expect.status(await ctx.request({ method: "POST", path: "/auth/session", bearer: token }), 200, "POST /auth/session");
		ctx.expect.status(await ctx.request({ path: "/admin/users/me" }), 200, "GET /admin/users/me with the session cookie");
		const refreshed = tokenOf(ctx, await ctx.request({ method: "POST", path: "/auth/token/refresh", bearer: token, useJar: false }), "refresh");
		ctx.expect.status(await ctx.request({ path: "/admin/users/me", bearer: refreshed, useJar: false }), 200, "GET /admin/users/me, refreshed token");
		ctx.expect.status(await ctx.request({ method: "DELETE", path: "/auth/session" }), 200, "DELETE /auth/session");
		expectNoLeaks(ctx);
	},
});
