import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeakAt } from "../../../kit/timing/timing-family.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { CARPHACOM_TIMING, PANEL_AUTH } from "./timing.ts";

export default defineCarphacomCheck({
	id: "carphacom/hardening/panel-login-timing-does-not-reveal-accounts",
	title: "The admin panel's login takes as long for unknown e-mails as for the admin's",
	rule: `POST ${PANEL_AUTH} with a wrong password for the admin user and for an unknown e-mail, in random order from rotating client addresses (its lockout allows four failures per address), shows no latency difference beyond --timing-negligible that Wilcoxon's signed-rank test finds at the run's α, Holm-corrected across the store login, reset-password and (when timed) the panel's login.`,
	refs: ["asvs:6.3.8", "facts:C.login"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "admin-account", "source-addresses"],
	exclusive: true,
	run: (ctx: CheckContext) => expectNoTimingLeakAt(ctx, CARPHACOM_TIMING, `POST ${PANEL_AUTH}`),
});
