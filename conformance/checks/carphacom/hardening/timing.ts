// What carphacom's timing checks send: medusa-v2's login and reset-password, and the admin panel's
// login (a wrong password for the admin user against an unknown e-mail), all in one Holm family so
// that a carphacom run's endpoints share one false-alarm rate. The panel's login is timed when the
// run has the admin account and several client addresses (its lockout allows four failures per address).
import type { CheckContext } from "../../../kit/context.ts";
import { otherEmail, rotatingAddress, timedPost as post, wrongPassword } from "../../../kit/timing/sides.ts";
import type { TimedEndpoint, TimingFamily } from "../../../kit/timing/timing-family.ts";
import { MEDUSA_V2_TIMING } from "../../medusa-v2/hardening/timing.ts";
import { FAILURES } from "../admin-panel/lockout.ts";
import { credentialsOf, freshSourceAddress, PANEL_AUTH } from "../admin-panel/support.ts";

export { LOGIN, RESET } from "../../medusa-v2/hardening/timing.ts";
export { PANEL_AUTH };

const panelLogin = (ctx: CheckContext): TimedEndpoint => {
	const admin = credentialsOf(ctx, "admin");
	const other = otherEmail(ctx, admin.email);
	// The panel locks a client address out after FAILURES failed logins, and every timed login fails
	// on purpose: the two sides share an address for FAILURES − 1 requests, then move to a fresh one.
	const from = rotatingAddress(freshSourceAddress, FAILURES - 1);
	return {
		endpoint: `POST ${PANEL_AUTH}`,
		known: post(ctx, PANEL_AUTH, () => ({ email: admin.email, password: wrongPassword() }), { from }),
		unknown: post(ctx, PANEL_AUTH, () => ({ email: other(), password: wrongPassword() }), { from }),
	};
};

/** medusa-v2's endpoints, and the panel's login when the run can time it. */
export const CARPHACOM_TIMING: TimingFamily = {
	name: "carphacom's store login, reset-password and panel login",
	async endpoints(ctx) {
		const endpoints = await MEDUSA_V2_TIMING.endpoints(ctx);
		return ctx.can("admin-account") && ctx.can("source-addresses") ? [...endpoints, panelLogin(ctx)] : endpoints;
	},
};
