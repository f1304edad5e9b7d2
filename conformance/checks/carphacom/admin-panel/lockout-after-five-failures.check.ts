import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { failLogins, FAILURES, lockoutSeconds } from "./lockout.ts";
import { credentialsOf, freshSourceAddress, postPanelAuth } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/lockout-after-five-failures",
	title: "Five failed panel logins lock that client address out, with Retry-After",
	rule: `After ${FAILURES} wrong-password panel logins from one client address within 5 minutes, the next login from it, even with the right password, answers 429 with Retry-After (whole seconds, at most 900) and {"message":"Prea multe încercări. Reîncearcă peste N secunde."} with the same N; another address still logs in.`,
	refs: ["facts:C.lockout", "seed:error-429", "asvs:6.3.1"],
	tier: "observed",
	severity: "security",
	// Sent from fresh addresses, so the lockout it causes reaches no other check and no later run.
	requires: ["admin-account", "source-addresses"],
	async run(ctx: CheckContext) {
		const attacker = freshSourceAddress();
		await failLogins(ctx, attacker);
		const admin = credentialsOf(ctx, "admin");
		lockoutSeconds(ctx, await postPanelAuth(ctx, admin, { from: attacker }), `the right password from ${attacker} after ${FAILURES} failures`);
		const bystander = freshSourceAddress();
		ctx.expect.status(await postPanelAuth(ctx, admin, { from: bystander }), 200, `the right password from another address (${bystander})`);
	},
});
