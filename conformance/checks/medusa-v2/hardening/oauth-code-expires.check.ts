import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { approveNewPerson, callback, startLogin } from "../third-party/support.ts";

/** RFC 6749 §4.1.2's recommended longest lifetime of a code. */
const CODE_LIFETIME_MS = 10 * 60 * 1000;

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/oauth-code-expires",
	title: "The provider's code expires within 10 minutes",
	rule: "A login approved at the provider, then 10 minutes and a second on the target's clock → the callback with its code and state is refused (401); a state lives 20 minutes, so only the code can have expired.",
	refs: ["rfc6749:4.1.2"],
	tier: "hardening",
	severity: "security",
	requires: ["oauth-provider", "control-provider", "control-clock"],
	async run(ctx: CheckContext) {
		const { search } = await approveNewPerson(ctx, await startLogin(ctx), "third-party-late");
		await ctx.control?.advance(CODE_LIFETIME_MS + 1000);
		ctx.expect.status(await callback(ctx, search), 401, "the callback 10 minutes and a second after the approval");
	},
});
