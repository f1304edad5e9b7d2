import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { currentCustomer, expectRefused, me, newCustomer, resetTokenFor } from "../flows.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-reset/does-not-log-in",
	title: "Reset Password does not log the customer in",
	rule: "POST /store/customers/password-reset with a live token, sent without a cookie, answers 200, and whatever cookie its answer sets gets 401 on GET /store/auth and GET /store/customers/me.",
	refs: ["observed:12b"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = await resetTokenFor(ctx, customer.email);
		const body = { email: customer.email, token, password: `New-${crypto.randomUUID()}` };
		// The jar is still empty here: it keeps only what the reset's answer sets.
		const reply = await ctx.request({ path: "/store/customers/password-reset", json: body, useJar: true });
		ctx.expect.status(reply, 200, "POST /store/customers/password-reset");
		expectRefused(ctx, await currentCustomer(ctx, { useJar: true }), "GET /store/auth with the reset's cookie");
		expectRefused(ctx, await me(ctx, { useJar: true }), "GET /store/customers/me with the reset's cookie");
	},
});
