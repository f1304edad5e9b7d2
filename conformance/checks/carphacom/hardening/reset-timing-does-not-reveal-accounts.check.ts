import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeakAt } from "../../../kit/timing/timing-family.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { CARPHACOM_TIMING, RESET } from "./timing.ts";

export default defineCarphacomCheck({
	id: "carphacom/hardening/reset-timing-does-not-reveal-accounts",
	title: "reset-password takes as long for unknown identifiers as for existing accounts",
	rule: `medusa-v2's reset-password timing rule, Holm-corrected across the store login, reset-password and (when timed) the panel's login.`,
	refs: ["asvs:6.3.8"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	supersedes: ["medusa-v2/hardening/reset-timing-does-not-reveal-accounts"],
	exclusive: true,
	run: (ctx: CheckContext) => expectNoTimingLeakAt(ctx, CARPHACOM_TIMING, `POST ${RESET}`),
});
