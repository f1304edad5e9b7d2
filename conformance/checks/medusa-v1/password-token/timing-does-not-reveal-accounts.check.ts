import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeak } from "../../../kit/timing/timing-family.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer } from "../flows.ts";
import { PASSWORD_TOKEN, passwordTokenEndpoint } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-token/timing-does-not-reveal-accounts",
	title: "Request Password Reset takes as long for unknown e-mails as for customers'",
	rule: `POST ${PASSWORD_TOKEN}, sent about a customer's e-mail and about an unknown one in random order, shows no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α.`,
	refs: ["choice:N8", "asvs:6.3.8", "observed:11"],
	tier: "hardening",
	requires: ["customer-registration"],
	exclusive: true,
	async run(ctx: CheckContext) {
		const { email } = await newCustomer(ctx, "timing");
		await expectNoTimingLeak(ctx, [passwordTokenEndpoint(ctx, email)]);
	},
});
