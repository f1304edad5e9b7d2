import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { login, me, newCustomer, tokenOf } from "../flows.ts";
import { expectNoLeaks } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/no-secrets-in-customer-responses",
	title: "Customer flows never return password hashes or secrets",
	rule: 'No answer in a customer\'s register → create → login → me → session → refresh → logout flow (headers, body, or the payload of any JWT in them) contains a password hash ("$argon2", "$2a$", "$2b$", "scrypt", "c2NyeXB0"), a field named like password or hash, or the JWT secret.',
	refs: ["asvs:14.2.6"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		await login(ctx, { email: customer.email, password: `Wrong-${crypto.randomUUID()}` });
		ctx.expect.status(await me(ctx, customer.token), 200, "GET /store/customers/me");
		ctx.expect.status(await ctx.request({ method: "POST", path: "/auth/session", bearer: customer.token }), 200, "POST /auth/session");
		ctx.expect.status(await me(ctx, undefined, true), 200, "GET /store/customers/me with the session cookie");
		const refreshed = tokenOf(ctx, await ctx.request({ method: "POST", path: "/auth/token/refresh", bearer: customer.token }), "refresh");
		ctx.expect.status(await me(ctx, refreshed), 200, "GET /store/customers/me, refreshed token");
		ctx.expect.status(await ctx.request({ method: "DELETE", path: "/auth/session" }), 200, "DELETE /auth/session");
		expectNoLeaks(ctx);
	},
});
