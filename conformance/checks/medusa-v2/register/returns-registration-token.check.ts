import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, register, tokenOf } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/register/returns-registration-token",
	title: "Registering a new e-mail returns a registration token",
	rule: 'POST /auth/customer/emailpass/register with a new {email, password} answers 200 {"token": <JWT>} whose actor_id is empty (no customer exists yet); the token is what POST /store/customers takes.',
	refs: ["seed:register-route", "seed:token-field", "observed:01", "facts:A.5"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const token = tokenOf(ctx, await register(ctx, { email: ctx.uniqueEmail(), password: "Gatecheck-1" }), "register");
		const claims = decodeClaims(token);
		ctx.expect.that(claims !== undefined, "the registration token's payload is not JSON", { actual: token });
		// The seed: a token "has an actor_id property" once the user is registered; a missing one counts as empty.
		ctx.expect.that(!claims.actor_id, `registration token actor_id: expected empty (no customer yet), got ${JSON.stringify(claims.actor_id)}`, {
			expected: "",
			actual: claims.actor_id,
		});
	},
});
