import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { approveNewPerson, callback, startLogin } from "../third-party/support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/oauth-code-single-use",
	title: "The provider's code logs in once",
	rule: "A login approved at the provider and completed (200) leaves its code spent: the same code with the state of a new login → 401, so a leaked callback URL cannot log anyone in again.",
	refs: ["rfc6749:4.1.2"],
	tier: "hardening",
	severity: "security",
	requires: ["oauth-provider", "control-provider"],
	async run(ctx: CheckContext) {
		const { search } = await approveNewPerson(ctx, await startLogin(ctx), "third-party-code");
		ctx.expect.status(await callback(ctx, search), 200, "the callback with the provider's code and state");
		const code = new URLSearchParams(search).get("code") ?? "";
		const { state } = await startLogin(ctx);
		const again = await callback(ctx, `?${new URLSearchParams({ code, state })}`);
		ctx.expect.status(again, 401, "the spent code with a new login's state");
	},
});
