import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { decodeClaims, loggedIn, mintToken, PROFILE, profile } from "../flows.ts";

export default defineQuarkCheck({
	id: "quark/tokens/audience-enforced",
	title: "A token for another audience or issuer is refused, even signed with the server's key",
	rule: `A login's access token re-signed HS256 with the server's secret authenticates GET ${PROFILE}; the same claims with aud "SomeOtherClient", or with iss "SomeOtherIssuer", get 401.`,
	refs: ["facts:jwt-config", "seed:401", "rfc8725:3.1"],
	tier: "contract",
	requires: ["customer-registration", "jwt-secret"],
	async run(ctx: CheckContext) {
		const { session } = await loggedIn(ctx);
		const claims = decodeClaims(session.accessToken) ?? {};
		// First prove the secret is the target's: the same claims re-signed must work.
		ctx.expect.status(await profile(ctx, await mintToken(ctx, claims)), 200, "the access token's claims re-signed with --jwt-secret (is it the target's?)");
		ctx.expect.status(await profile(ctx, await mintToken(ctx, { ...claims, aud: "SomeOtherClient" })), 401, 'the claims with aud "SomeOtherClient"');
		ctx.expect.status(await profile(ctx, await mintToken(ctx, { ...claims, iss: "SomeOtherIssuer" })), 401, 'the claims with iss "SomeOtherIssuer"');
	},
});
