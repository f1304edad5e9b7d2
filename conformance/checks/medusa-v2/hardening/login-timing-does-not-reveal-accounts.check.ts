import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeakAt } from "../../../kit/timing/timing-family.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { LOGIN, MEDUSA_V2_TIMING } from "./timing.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/login-timing-does-not-reveal-accounts",
	title: "Login takes as long for unknown e-mails as for existing accounts",
	rule: `POST ${LOGIN} with a wrong password, sent about an existing customer's e-mail and about an unknown one in random order, shows no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α, Holm-corrected across login and reset-password: existing accounts cannot be told from unknown ones by how long a failed login takes.`,
	refs: ["asvs:6.3.8", "observed:04i"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	exclusive: true,
	run: (ctx: CheckContext) => expectNoTimingLeakAt(ctx, MEDUSA_V2_TIMING, `POST ${LOGIN}`),
});
