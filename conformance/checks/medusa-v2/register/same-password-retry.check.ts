import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, register, registerAccount, tokenOf } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/register/same-password-retry",
	title: "Registering again with the same password, before the customer exists, is a retry",
	rule: "While an identity has no customer yet, POST /auth/customer/emailpass/register with the same e-mail and the same password answers 200 with a registration token for the same auth_identity_id (a retry), not an error.",
	refs: ["observed:02", "facts:A.5"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const retried = tokenOf(ctx, await register(ctx, account), "register again with the same password");
		const first = decodeClaims(account.registrationToken);
		const second = decodeClaims(retried);
		ctx.expect.equal(second?.auth_identity_id, first?.auth_identity_id, "auth_identity_id of the retry's token");
		ctx.expect.equal(second?.actor_id, "", "actor_id of the retry's token");
	},
});
