import type { CheckContext } from "../../../kit/context.ts";
import { decodeHeader } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerToken, decodeClaims, newCustomer } from "../flows.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/login/token-claims",
	title: "The access_token is upstream's HS256 store JWT",
	rule: 'The access_token of POST /store/auth/token has the header {"alg":"HS256","typ":"JWT"} and a payload of exactly customer_id (the customer\'s id), domain "store", iat and exp, in that order.',
	refs: ["observed:04a"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const token = await customerToken(ctx, customer);
		const header = decodeHeader(token);
		ctx.expect.equal(header && Object.entries(header), [["alg", "HS256"], ["typ", "JWT"]], "access_token header");
		const claims = decodeClaims(token);
		ctx.expect.equal(claims && Object.keys(claims), ["customer_id", "domain", "iat", "exp"], "access_token claims, in order");
		ctx.expect.equal(claims?.customer_id, customer.id, "access_token customer_id");
		ctx.expect.equal(claims?.domain, "store", "access_token domain");
	},
});
