import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeak } from "../../../kit/timing/timing-family.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer } from "../flows.ts";
import { LOGIN, PASSWORD_TOKEN, timedEndpoints } from "./timing.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/hardening/timing-does-not-reveal-accounts",
	title: "Login and Request Password Reset take as long for unknown e-mails as for customers'",
	rule: `POST ${LOGIN} with a wrong password and POST ${PASSWORD_TOKEN}, sent about a customer's e-mail and about an unknown one in random order, show no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α (Holm-corrected across both endpoints).`,
	refs: ["choice:N8", "asvs:6.3.8", "observed:04b", "observed:11"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	exclusive: true,
	async run(ctx: CheckContext) {
		const { email } = await newCustomer(ctx, "timing");
		await expectNoTimingLeak(ctx, timedEndpoints(ctx, email));
	},
});
