import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { decodeClaims, loggedIn, mintToken, PROFILE, profile } from "../flows.ts";
import { expectRefused, proveSecret } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/tokens/other-hmac-refused",
	title: "Only HS256 access tokens are accepted",
	rule: `The claims of a valid access token signed with the server's own secret under HS384 or HS512 get 401 on GET ${PROFILE}: the verifier pins the algorithm it issues (HS256) instead of trusting the token's header.`,
	refs: ["rfc8725:3.1", "rfc8725:2.1", "asvs:9.1.2", "facts:jwt-config"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "jwt-secret"],
	async run(ctx: CheckContext) {
		const { session } = await loggedIn(ctx);
		const claims = decodeClaims(session.accessToken) ?? {};
		await proveSecret(ctx, claims);
		for (const alg of ["HS384", "HS512"]) expectRefused(ctx, await profile(ctx, await mintToken(ctx, claims, alg)), `the claims signed ${alg}`);
	},
});
