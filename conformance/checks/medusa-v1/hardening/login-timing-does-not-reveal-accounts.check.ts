import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeakAt } from "../../../kit/timing/timing-family.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { LOGIN, MEDUSA_V1_TIMING } from "./timing.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/hardening/login-timing-does-not-reveal-accounts",
	title: "Login takes as long for unknown e-mails as for customers'",
	rule: `POST ${LOGIN} with a wrong password, sent about a customer's e-mail and about an unknown one in random order, shows no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α, Holm-corrected across login and Request Password Reset: existing accounts cannot be told from unknown ones by how long a failed login takes.`,
	refs: ["choice:N8", "asvs:6.3.8", "observed:04b"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	exclusive: true,
	run: (ctx: CheckContext) => expectNoTimingLeakAt(ctx, MEDUSA_V1_TIMING, `POST ${LOGIN}`),
});
