import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { login, registerAccount } from "../flows.ts";
import { expectRefused } from "../register/support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/login/wrong-credentials-refused",
	title: "A wrong password or an unknown e-mail gets an error, never a token",
	rule: "POST /auth/customer/emailpass with an existing e-mail and a wrong password, or with an e-mail that has no identity, answers a 4xx error with no token.",
	refs: ["seed:login-error", "seed:login-validates-existing", "seed:auth-route"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		expectRefused(ctx, await login(ctx, { email: account.email, password: `${account.password}-wrong` }), "login with a wrong password");
		expectRefused(ctx, await login(ctx, { email: ctx.uniqueEmail("unknown"), password: account.password }), "login with an unknown e-mail");
	},
});
