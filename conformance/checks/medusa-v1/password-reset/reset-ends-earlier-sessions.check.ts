import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { cookieLogin, customerToken, expectRefused, me, newCustomer, resetPassword, resetTokenFor } from "../flows.ts";
import { sessionCookieHeader } from "../register/support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-reset/reset-ends-earlier-sessions",
	title: "A password reset ends the customer's sessions and earlier tokens",
	rule: "After POST /store/customers/password-reset has set a new password, a session cookie and a store JWT the customer got before (in an earlier second) answer 401 on GET /store/customers/me.",
	refs: ["choice:N5", "asvs:7.4.3", "observed:12b"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const earlier = await customerToken(ctx, customer);
		const cookie = sessionCookieHeader(ctx, await cookieLogin(ctx, customer), "POST /store/auth");
		ctx.expect.status(await me(ctx, { bearer: earlier }), 200, "the earlier JWT before the reset");
		ctx.expect.status(await me(ctx, { headers: { cookie } }), 200, "the session before the reset");
		// A JWT's iat is whole seconds: one from the second of the reset cannot be told from a later one.
		await ctx.sleep(1_000);
		const token = await resetTokenFor(ctx, customer.email);
		ctx.expect.status(await resetPassword(ctx, { email: customer.email, token, password: `New-${crypto.randomUUID()}` }), 200, "POST /store/customers/password-reset");
		expectRefused(ctx, await me(ctx, { bearer: earlier }), "the JWT issued before the reset");
		expectRefused(ctx, await me(ctx, { headers: { cookie } }), "the session opened before the reset");
	},
});
