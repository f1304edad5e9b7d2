import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, registerAccount, tokenOf } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/login/form-encoded-accepted",
	title: "Login accepts form-encoded credentials",
	rule: "POST /auth/customer/emailpass with Content-Type: application/x-www-form-urlencoded and email=…&password=… logs in like the JSON body: 200 {\"token\"} for that identity.",
	refs: ["observed:04"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const reply = await ctx.request({ path: "/auth/customer/emailpass", form: { email: account.email, password: account.password } });
		const token = tokenOf(ctx, reply, "form-encoded login");
		ctx.expect.equal(
			decodeClaims(token)?.auth_identity_id,
			decodeClaims(account.registrationToken)?.auth_identity_id,
			"auth_identity_id of the login token",
			reply.exchange,
		);
	},
});
