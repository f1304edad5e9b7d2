import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { approveNewPerson, callback, startLogin } from "../third-party/support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/oauth-state-bound-to-flow",
	title: "A state answers only the flow that opened it",
	rule: "Start a customer login and approve it; bring its code and state to another actor type's callback (/auth/seller/{provider}/callback) → refused (401), not a token: a state stands for one flow, as OAuth's state binds the request to the client's session. Medusa 2.21.2 keys its states by the bare value and accepts them on any callback (observed 35).",
	refs: ["rfc6749:10.12", "observed:35"],
	tier: "hardening",
	severity: "security",
	requires: ["oauth-provider", "control-provider"],
	async run(ctx: CheckContext) {
		const { search } = await approveNewPerson(ctx, await startLogin(ctx), "third-party-bound");
		const elsewhere = await callback(ctx, search, "seller");
		ctx.expect.status(elsewhere, 401, "a customer login's code and state on /auth/seller/…/callback");
	},
});
