import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { register, registerAccount } from "../flows.ts";
import { expectRefused } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/register/existing-identity-error",
	title: "Registering an e-mail that has an identity, with another password, gives an error",
	rule: "POST /auth/customer/emailpass/register for an e-mail that already has an emailpass identity, with a different password, answers a 4xx error and no token: registering must never hand out a token for someone else's identity.",
	refs: ["seed:identity-exists", "seed:login-error"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const again = await register(ctx, { email: account.email, password: `${account.password}-other` });
		expectRefused(ctx, again, "register again with another password");
	},
});
