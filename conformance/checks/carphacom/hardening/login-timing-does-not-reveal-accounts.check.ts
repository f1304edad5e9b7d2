import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeakAt } from "../../../kit/timing/timing-family.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { CARPHACOM_TIMING, LOGIN } from "./timing.ts";

export default defineCarphacomCheck({
	id: "carphacom/hardening/login-timing-does-not-reveal-accounts",
	title: "Store login takes as long for unknown e-mails as for existing accounts",
	rule: `medusa-v2's login timing rule, Holm-corrected across the store login, reset-password and (when timed) the panel's login.`,
	refs: ["asvs:6.3.8"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	supersedes: ["medusa-v2/hardening/login-timing-does-not-reveal-accounts"],
	exclusive: true,
	run: (ctx: CheckContext) => expectNoTimingLeakAt(ctx, CARPHACOM_TIMING, `POST ${LOGIN}`),
});
