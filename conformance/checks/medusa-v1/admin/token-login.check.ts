import type { CheckContext } from "../../../kit/context.ts";
import { decodeHeader } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { adminToken, decodeClaims } from "../flows.ts";
import { sendWith, userOf } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/admin/token-login",
	title: "The admin JWT login answers an access_token for the admin user",
	rule: 'POST /admin/auth/token with the admin\'s e-mail and password answers 200 {"access_token": "<JWT>"} with the header {"alg":"HS256","typ":"JWT"} and the claims user_id, domain "admin", iat and exp in this order, and that token as a Bearer makes GET /admin/auth answer 200 {"user"} whose id is the user_id claim.',
	refs: ["observed:14b", "observed:14c"],
	tier: "observed",
	severity: "interoperability",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const token = await adminToken(ctx);
		ctx.expect.equal(decodeHeader(token), { alg: "HS256", typ: "JWT" }, "the access_token's header");
		const claims = decodeClaims(token) ?? {};
		ctx.expect.equal(Object.keys(claims), ["user_id", "domain", "iat", "exp"], "the access_token's claims, in order");
		ctx.expect.equal(claims.domain, "admin", "the domain claim");
		const user = userOf(ctx, await sendWith(ctx, "GET", "/admin/auth", { bearer: token }), "GET /admin/auth with the access_token");
		ctx.expect.equal(user.id, claims.user_id, "the user the token authenticates");
	},
});
