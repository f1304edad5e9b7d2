import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me, newCustomer } from "../flows.ts";
import { resign } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/refuses-other-hmac-algorithms",
	title: "Only HS256 tokens are accepted",
	rule: "A customer token's claims signed with the target's own secret under HS384 or HS512 are refused (401) on GET /store/customers/me and POST /auth/token/refresh: the verifier pins HS256.",
	refs: ["rfc8725:3.1", "rfc8725:2.1", "asvs:9.1.2"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "jwt-secret"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		// The same claims under HS256 must work; otherwise --jwt-secret is not the target's and the refusals below prove nothing.
		if ((await me(ctx, await resign(ctx, customer.token, "HS256"))).status !== 200)
			throw new Error("a token re-signed with --jwt-secret under HS256 is refused: is --jwt-secret the target's secret?");
		for (const alg of ["HS384", "HS512"]) {
			const forged = await resign(ctx, customer.token, alg);
			ctx.expect.status(await me(ctx, forged), 401, `GET /store/customers/me with an ${alg} token`);
			ctx.expect.status(
				await ctx.request({ method: "POST", path: "/auth/token/refresh", bearer: forged, useJar: false }),
				401,
				`POST /auth/token/refresh with an ${alg} token`,
			);
		}
	},
});
