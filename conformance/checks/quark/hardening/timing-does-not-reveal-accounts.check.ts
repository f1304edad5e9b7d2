import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeak } from "../../../kit/timing/timing-family.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { FORGOT_PASSWORD, LOGIN, registered } from "../flows.ts";
import { timedEndpoints } from "./timing.ts";

export default defineQuarkCheck({
	id: "quark/hardening/timing-does-not-reveal-accounts",
	title: "Login and forgot-password take as long for unknown e-mails as for users'",
	rule: `POST ${LOGIN} with a wrong password and POST ${FORGOT_PASSWORD}, sent about a user's e-mail and about an unknown one in random order, show no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α (Holm-corrected across both endpoints).`,
	refs: ["asvs:6.3.8", "seed:forgot-password", "choice:per-client"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	exclusive: true,
	async run(ctx: CheckContext) {
		const { email } = await registered(ctx, "timing");
		await expectNoTimingLeak(ctx, timedEndpoints(ctx, email));
	},
});
