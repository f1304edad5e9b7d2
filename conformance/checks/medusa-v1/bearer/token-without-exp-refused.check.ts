import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerToken, decodeClaims, expectRefused, me, mintToken, newCustomer } from "../flows.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/token-without-exp-refused",
	title: "A store JWT without exp is refused",
	rule: "The claims of a valid access_token without its exp claim, signed HS256 with the server's own secret, are refused on GET /store/customers/me with 401, while the same claims with their exp are accepted: a token that never expires is never valid.",
	refs: ["choice:N6", "asvs:9.2.1", "rfc8725:3.1"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "jwt-secret"],
	async run(ctx: CheckContext) {
		const { exp, ...withoutExp } = decodeClaims(await customerToken(ctx, await newCustomer(ctx))) ?? {};
		// The same claims with their exp must work; otherwise --jwt-secret is not the target's and the refusal below proves nothing.
		if ((await me(ctx, { bearer: await mintToken(ctx, { ...withoutExp, exp }) })).status !== 200)
			throw new Error("a token minted with --jwt-secret is refused: is --jwt-secret the target's secret?");
		expectRefused(ctx, await me(ctx, { bearer: await mintToken(ctx, withoutExp) }), "GET /store/customers/me with a token without exp");
	},
});
