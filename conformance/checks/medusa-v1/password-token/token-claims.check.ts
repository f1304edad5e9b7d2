import type { CheckContext } from "../../../kit/context.ts";
import { decodeHeader } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { decodeClaims, newCustomer, resetTokenFor } from "../flows.ts";

const LIFETIME_S = 900;

export default defineMedusaV1Check({
	id: "medusa-v1/password-token/token-claims",
	title: "Reset tokens are HS256 JWTs of {customer_id, exp, iat} that live 15 minutes",
	rule: `The token of the customer.password_reset event is a JWT with the header {"alg":"HS256","typ":"JWT"} and the payload {customer_id, exp, iat}, in that order, where customer_id is the customer's id and exp − iat = ${LIFETIME_S}.`,
	refs: ["observed:11"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = await resetTokenFor(ctx, customer.email);
		ctx.expect.equal(decodeHeader(token), { alg: "HS256", typ: "JWT" }, "the reset token's header");
		const claims = decodeClaims(token);
		ctx.expect.that(claims !== undefined, "the reset token's payload is not JSON", { actual: token });
		ctx.expect.equal(Object.keys(claims), ["customer_id", "exp", "iat"], "the reset token's claims, in order");
		ctx.expect.equal(claims.customer_id, customer.id, "the reset token's customer_id");
		ctx.expect.that(Number.isInteger(claims.iat) && Number.isInteger(claims.exp), "iat and exp: expected whole seconds", { actual: claims });
		ctx.expect.equal((claims.exp as number) - (claims.iat as number), LIFETIME_S, "the reset token's exp − iat (seconds)");
	},
});
