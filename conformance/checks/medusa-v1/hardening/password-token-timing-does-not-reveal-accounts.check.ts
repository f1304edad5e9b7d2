import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeakAt } from "../../../kit/timing/timing-family.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { MEDUSA_V1_TIMING, PASSWORD_TOKEN } from "./timing.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/hardening/password-token-timing-does-not-reveal-accounts",
	title: "Request Password Reset takes as long for unknown e-mails as for customers'",
	rule: `POST ${PASSWORD_TOKEN}, sent about a customer's e-mail and about an unknown one in random order, shows no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α, Holm-corrected across login and Request Password Reset: existing accounts cannot be told from unknown ones by how long a reset request takes.`,
	refs: ["choice:N8", "asvs:6.3.8", "observed:11"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	exclusive: true,
	run: (ctx: CheckContext) => expectNoTimingLeakAt(ctx, MEDUSA_V1_TIMING, `POST ${PASSWORD_TOKEN}`),
});
