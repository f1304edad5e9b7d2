import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeakAt } from "../../../kit/timing/timing-family.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { FORGOT_PASSWORD } from "../flows.ts";
import { QUARK_TIMING } from "./timing.ts";

export default defineQuarkCheck({
	id: "quark/hardening/forgot-password-timing-does-not-reveal-accounts",
	title: "Forgot-password takes as long for unknown e-mails as for users'",
	rule: `POST ${FORGOT_PASSWORD}, sent about a user's e-mail and about an unknown one in random order, shows no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α, Holm-corrected across login and forgot-password: existing accounts cannot be told from unknown ones by how long a forgot-password request takes.`,
	refs: ["asvs:6.3.8", "seed:forgot-password", "choice:per-client"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	exclusive: true,
	run: (ctx: CheckContext) => expectNoTimingLeakAt(ctx, QUARK_TIMING, `POST ${FORGOT_PASSWORD}`),
});
