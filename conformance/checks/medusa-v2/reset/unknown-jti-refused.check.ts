import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { INVALID_TOKEN, mintToken, registerAccount, updatePassword } from "../flows.ts";
import { expectLogsIn } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/unknown-jti-refused",
	title: "update refuses a well-signed reset token that was never issued",
	rule: 'A reset-shaped token signed with the right secret, unexpired, for an existing identity, but whose jti the server never issued, answers 401 {"type":"unauthorized","message":"Invalid token"} and changes nothing: since 2.16 the server keeps the jti of every live reset token.',
	refs: ["observed:08c", "facts:A.8"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "jwt-secret"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const iat = Math.floor(Date.now() / 1000);
		const forged = await mintToken(ctx, {
			entity_id: account.email,
			provider: "emailpass",
			actor_type: "customer",
			purpose: "reset",
			iat,
			exp: iat + 900,
			jti: crypto.randomUUID(),
		});
		const reply = await updatePassword(ctx, forged, { email: account.email, password: `Never-${crypto.randomUUID()}` });
		ctx.expect.status(reply, 401, "update with a reset token whose jti was never issued");
		ctx.expect.json(reply, INVALID_TOKEN);
		await expectLogsIn(ctx, account, "the original password after the refused update");
	},
});
