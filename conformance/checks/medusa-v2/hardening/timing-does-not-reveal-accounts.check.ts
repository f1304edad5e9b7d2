import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeak } from "../../../kit/timing/timing-family.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount } from "../flows.ts";
import { emailpassEndpoints, LOGIN, RESET } from "./timing.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/timing-does-not-reveal-accounts",
	title: "Login and reset-password take as long for unknown accounts as for existing ones",
	rule: `${LOGIN} with a wrong password and ${RESET}, sent about an existing and an unknown e-mail in random order, show no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α (Holm-corrected across both endpoints).`,
	refs: ["asvs:6.3.8", "observed:04i", "facts:A.8"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	exclusive: true,
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx, "timing");
		await expectNoTimingLeak(ctx, emailpassEndpoints(ctx, account.email));
	},
});
