import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount } from "../flows.ts";
import { requestReset } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/request-answers-201",
	title: "reset-password for a known identifier answers 201",
	rule: "POST /auth/customer/emailpass/reset-password with {identifier: <a registered e-mail>} answers status 201.",
	refs: ["seed:reset-route", "seed:reset-identifier", "seed:reset-201", "observed:08a"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		ctx.expect.status(await requestReset(ctx, account.email), 201, "reset-password for a registered e-mail");
	},
});
