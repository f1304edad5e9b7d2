import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer, resetPassword } from "../flows.ts";
import { expectLogsIn } from "../register/support.ts";
import { expectInvalidToken, foreignTokens, garbageToken, INVALID_TOKEN } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-reset/bad-token-401",
	title: "A bad reset token for an existing customer gets the 401, never a 5xx",
	rule: `POST /store/customers/password-reset with a customer's e-mail and a token the server never issued for it (any string; a reset-shaped token signed with another key) answers 401 ${INVALID_TOKEN}, exactly as for an unknown e-mail, and the password stays.`,
	refs: ["choice:N1", "observed:12a", "asvs:6.3.8"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const body = (token: string) => ({ email: customer.email, token, password: `Pw-${crypto.randomUUID()}` });
		for (const [what, token] of await foreignTokens(ctx, customer.id)) expectInvalidToken(ctx, await resetPassword(ctx, body(token)), what);
		await ctx.property(garbageToken, async (token) => {
			expectInvalidToken(ctx, await resetPassword(ctx, body(token)), `token ${JSON.stringify(token)} for a customer's e-mail`);
		});
		await expectLogsIn(ctx, customer, "the customer's password after the refused resets");
	},
});
