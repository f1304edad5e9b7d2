import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { decodeClaims, loggedIn, mintToken, PROFILE, profile } from "../flows.ts";
import { expectRefused, proveSecret } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/tokens/without-exp-refused",
	title: "An access token without exp is refused",
	rule: `The claims of a valid access token without its exp claim, signed HS256 with the server's own secret, get 401 on GET ${PROFILE}, while the same claims with their exp are accepted: a token that never expires is never valid.`,
	refs: ["asvs:9.2.1", "rfc8725:3.1", "facts:jwt-config"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "jwt-secret"],
	async run(ctx: CheckContext) {
		const { session } = await loggedIn(ctx);
		const { exp, ...withoutExp } = decodeClaims(session.accessToken) ?? {};
		await proveSecret(ctx, { ...withoutExp, exp });
		expectRefused(ctx, await profile(ctx, await mintToken(ctx, withoutExp)), "the claims without exp");
	},
});
