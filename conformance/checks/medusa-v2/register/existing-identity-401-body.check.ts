import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { register, registerAccount } from "../flows.ts";
import { IDENTITY_EXISTS } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/register/existing-identity-401-body",
	title: "Registering a taken e-mail with another password answers upstream's 401",
	rule: 'POST /auth/customer/emailpass/register for an existing identity with a different password answers 401 with exactly {"type":"unauthorized","message":"Identity with email already exists"}.',
	refs: ["observed:02", "observed:error-shapes"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const again = await register(ctx, { email: account.email, password: `${account.password}-other` });
		ctx.expect.status(again, 401, "register again with another password");
		ctx.expect.exactBody(again, JSON.stringify(IDENTITY_EXISTS));
	},
});
