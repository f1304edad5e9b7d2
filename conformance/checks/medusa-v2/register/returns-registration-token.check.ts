import type { CheckContext } from "../../../src/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2.ts";
import { decodeClaims, register, tokenOf } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/register/returns-registration-token",
	title: "Registering a new e-mail returns a registration token",
	rule: 'POST /auth/customer/emailpass/register with a new {email, password} answers 200 {"token": <JWT>} whose actor_type is "customer" and whose actor_id is "" (no customer yet).',
	refs: ["seed:register-route", "seed:token-field", "observed:01", "facts:A.5"],
	tier: "contract",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const token = tokenOf(ctx, await register(ctx, { email: ctx.uniqueEmail(), password: "Gatecheck-1" }), "register");
		const claims = decodeClaims(token);
		ctx.expect.equal(claims?.actor_type, "customer", "token actor_type");
		ctx.expect.equal(claims?.actor_id, "", "token actor_id (no customer exists yet)");
	},
});
