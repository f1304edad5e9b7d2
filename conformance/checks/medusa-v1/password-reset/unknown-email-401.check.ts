import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { resetPassword } from "../flows.ts";
import { expectInvalidToken, garbageToken, INVALID_TOKEN, resetShapedToken } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-reset/unknown-email-401",
	title: "Reset Password for an unknown e-mail is the 401, whatever the token",
	rule: `POST /store/customers/password-reset with an e-mail nobody registered, any token string and a password answers 401 ${INVALID_TOKEN}.`,
	refs: ["observed:12a", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const email = ctx.uniqueEmail("nobody");
		const password = `Pw-${crypto.randomUUID()}`;
		const forged = await resetShapedToken("cus_00000000000000000000000000");
		expectInvalidToken(ctx, await resetPassword(ctx, { email, token: forged, password }), "a reset-shaped token for an unknown e-mail");
		await ctx.property(garbageToken, async (token) => {
			expectInvalidToken(ctx, await resetPassword(ctx, { email, token, password }), `token ${JSON.stringify(token)} for an unknown e-mail`);
		});
	},
});
