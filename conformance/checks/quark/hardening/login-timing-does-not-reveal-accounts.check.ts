import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeakAt } from "../../../kit/timing/timing-family.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { LOGIN } from "../flows.ts";
import { QUARK_TIMING } from "./timing.ts";

export default defineQuarkCheck({
	id: "quark/hardening/login-timing-does-not-reveal-accounts",
	title: "Login takes as long for unknown e-mails as for users'",
	rule: `POST ${LOGIN} with a wrong password, sent about a user's e-mail and about an unknown one in random order, shows no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α, Holm-corrected across login and forgot-password: existing accounts cannot be told from unknown ones by how long a failed login takes.`,
	refs: ["asvs:6.3.8", "choice:per-client"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	exclusive: true,
	run: (ctx: CheckContext) => expectNoTimingLeakAt(ctx, QUARK_TIMING, `POST ${LOGIN}`),
});
