import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { failLogins, lockoutSeconds } from "./lockout.ts";
import { credentialsOf, freshSourceAddress, postPanelAuth } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/lockout-ends",
	title: "The panel lockout ends when its Retry-After has passed",
	rule: "A client address locked out of the panel logs in again (200) once the seconds its 429's Retry-After gave have passed (the target's clock moved by the control API).",
	refs: ["facts:C.lockout", "seed:error-429"],
	tier: "observed",
	severity: "interoperability",
	requires: ["admin-account", "source-addresses", "control-clock"],
	async run(ctx: CheckContext) {
		const control = ctx.control;
		ctx.expect.that(control !== undefined, "this check needs the control clock");
		const address = freshSourceAddress();
		await failLogins(ctx, address);
		const admin = credentialsOf(ctx, "admin");
		const seconds = lockoutSeconds(ctx, await postPanelAuth(ctx, admin, { from: address }), "the right password after the failures");
		// Still locked a few seconds before the end (real time keeps flowing, so not just one second before).
		const margin = Math.min(5, seconds - 1);
		if (margin > 0) {
			await control.advance((seconds - margin) * 1000);
			lockoutSeconds(ctx, await postPanelAuth(ctx, admin, { from: address }), `the right password ${seconds - margin} s later`);
		}
		await control.advance(margin * 1000);
		ctx.expect.status(await postPanelAuth(ctx, admin, { from: address }), 200, `the right password ${seconds} s after the 429`);
	},
});
