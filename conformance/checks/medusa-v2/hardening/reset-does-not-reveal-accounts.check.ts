import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount } from "../flows.ts";
import { expectIndistinguishable } from "./support.ts";

const resetPassword = (ctx: CheckContext, identifier: string): Promise<Reply> =>
	ctx.request({ path: "/auth/customer/emailpass/reset-password", json: { identifier } });

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/reset-does-not-reveal-accounts",
	title: "reset-password does not tell whether the account exists",
	rule: "POST /auth/customer/emailpass/reset-password answers a registered and an unknown identifier with the same status, the same Content-Type and byte-identical bodies.",
	refs: ["asvs:6.3.8", "facts:A.8", "observed:08a"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const known = await resetPassword(ctx, account.email);
		const unknown = await resetPassword(ctx, ctx.uniqueEmail("nobody"));
		expectIndistinguishable(ctx, known, unknown, "a registered identifier", "an unknown identifier");
	},
});
