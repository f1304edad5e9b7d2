import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerToken, decodeClaims, expectRefused, me, mintToken, newCustomer } from "../flows.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/other-hmac-refused",
	title: "Only HS256 store JWTs are accepted",
	rule: "The claims of a valid access_token signed with the server's own secret under HS384 or HS512 are refused on GET /store/customers/me with 401: the verifier pins HS256.",
	refs: ["rfc8725:3.1", "rfc8725:2.1", "asvs:9.1.2"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "jwt-secret"],
	async run(ctx: CheckContext) {
		const claims = decodeClaims(await customerToken(ctx, await newCustomer(ctx))) ?? {};
		// The same claims under HS256 must work; otherwise --jwt-secret is not the target's and the refusals below prove nothing.
		if ((await me(ctx, { bearer: await mintToken(ctx, claims) })).status !== 200)
			throw new Error("a token re-signed with --jwt-secret under HS256 is refused: is --jwt-secret the target's secret?");
		for (const alg of ["HS384", "HS512"])
			expectRefused(ctx, await me(ctx, { bearer: await mintToken(ctx, claims, alg) }), `GET /store/customers/me with an ${alg} token`);
	},
});
