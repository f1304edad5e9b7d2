import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { cookieLogin, customerOf, customerToken, expectRefused, me, newCustomer } from "../flows.ts";
import { sessionCookieHeader } from "../register/support.ts";
import { updateMe } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/me/password-change-ends-other-sessions",
	title: "A password change through /me ends the customer's other sessions and earlier tokens",
	rule: "After POST /store/customers/me {password} made with one store JWT, a session cookie and a store JWT the customer got before (in an earlier second) answer 401 on GET /store/customers/me.",
	refs: ["choice:N5", "asvs:7.4.3", "observed:09i"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const earlier = await customerToken(ctx, customer);
		const cookie = sessionCookieHeader(ctx, await cookieLogin(ctx, customer), "POST /store/auth");
		ctx.expect.status(await me(ctx, { bearer: earlier }), 200, "the earlier JWT before the change");
		ctx.expect.status(await me(ctx, { headers: { cookie } }), 200, "the other session before the change");
		// A JWT's iat is whole seconds: one from the second of the change cannot be told from a later one.
		await ctx.sleep(1_000);
		const changer = await customerToken(ctx, customer);
		customerOf(ctx, await updateMe(ctx, { password: `New-${crypto.randomUUID()}` }, { bearer: changer }), "POST /store/customers/me {password}");
		expectRefused(ctx, await me(ctx, { bearer: earlier }), "the JWT issued before the password change");
		expectRefused(ctx, await me(ctx, { headers: { cookie } }), "the session opened before the password change");
	},
});
