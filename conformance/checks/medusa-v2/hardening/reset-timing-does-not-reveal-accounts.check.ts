import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeakAt } from "../../../kit/timing/timing-family.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { MEDUSA_V2_TIMING, RESET } from "./timing.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/reset-timing-does-not-reveal-accounts",
	title: "reset-password takes as long for unknown identifiers as for existing accounts",
	rule: `POST ${RESET}, sent about an existing customer's e-mail and about an unknown one in random order, shows no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α, Holm-corrected across login and reset-password: existing accounts cannot be told from unknown ones by how long a reset request takes.`,
	refs: ["asvs:6.3.8", "facts:A.8", "observed:08a"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	exclusive: true,
	run: (ctx: CheckContext) => expectNoTimingLeakAt(ctx, MEDUSA_V2_TIMING, `POST ${RESET}`),
});
