import type { CheckContext } from "../../../kit/context.ts";
import { expectNoTimingLeak, type TimedEndpoint } from "../../../kit/timing/timing-family.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { registerAccount } from "../../medusa-v2/flows.ts";
import { emailpassEndpoints, otherEmail, post, wrongPassword } from "../../medusa-v2/hardening/timing.ts";
import { FAILURES } from "../admin-panel/lockout.ts";
import { credentialsOf, freshSourceAddress, PANEL_AUTH } from "../admin-panel/support.ts";

/**
 * The panel locks a client address out after FAILURES failed logins, and every timed login fails
 * on purpose: the two sides share an address for FAILURES − 1 requests, then move to a fresh one.
 */
const rotatingAddress = (): (() => string) => {
	let address = freshSourceAddress();
	let used = 0;
	return () => {
		if (used === FAILURES - 1) [address, used] = [freshSourceAddress(), 0];
		used++;
		return address;
	};
};

const panelLogin = (ctx: CheckContext): TimedEndpoint => {
	const admin = credentialsOf(ctx, "admin");
	const other = otherEmail(ctx, admin.email);
	const from = rotatingAddress();
	return {
		endpoint: `POST ${PANEL_AUTH}`,
		known: post(ctx, PANEL_AUTH, () => ({ email: admin.email, password: wrongPassword() }), from),
		unknown: post(ctx, PANEL_AUTH, () => ({ email: other(), password: wrongPassword() }), from),
	};
};

export default defineCarphacomCheck({
	id: "carphacom/hardening/timing-does-not-reveal-accounts",
	title: "Store login, reset-password and the admin panel's login take as long for unknown accounts as for existing ones",
	rule: "medusa-v2's timing rule, with POST /app/api/admin/auth (a wrong password for the admin user against an unknown e-mail) in the same Holm family; the panel's login is timed when the run has the admin account and several client addresses (its lockout allows four failures per address).",
	refs: ["asvs:6.3.8", "facts:C.login"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	supersedes: ["medusa-v2/hardening/timing-does-not-reveal-accounts"],
	exclusive: true,
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx, "timing");
		const endpoints = emailpassEndpoints(ctx, account.email);
		if (ctx.can("admin-account") && ctx.can("source-addresses")) endpoints.push(panelLogin(ctx));
		else ctx.note(`POST ${PANEL_AUTH} not timed: it needs the admin account and several client addresses (a plain-http loopback target)`);
		await expectNoTimingLeak(ctx, endpoints);
	},
});
