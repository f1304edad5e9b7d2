import type { CheckContext } from "../../../src/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2.ts";
import { INVALID_TOKEN, newCustomer, requestResetToken, updatePassword } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/update-is-single-use",
	title: "A reset token works once",
	rule: 'A reset token that has changed the password once is refused the second time with 401 {"type":"unauthorized","message":"Invalid token"}.',
	refs: ["observed:08b", "facts:A.8"],
	tier: "observed",
	requires: ["customer-registration", "publishable-key", "control-outbox"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = await requestResetToken(ctx, customer.email);
		ctx.expect.status(await updatePassword(ctx, token, { email: customer.email, password: "First-New-1" }), 200, "first use");
		const again = await updatePassword(ctx, token, { email: customer.email, password: "Second-New-2" });
		ctx.expect.status(again, 401, "second use");
		ctx.expect.json(again, INVALID_TOKEN);
	},
});
