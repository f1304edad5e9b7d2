import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, me, mintToken } from "../flows.ts";
import { timesOf, workingToken } from "../bearer/support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/expiry/minted-expired-refused",
	title: "A correctly signed token whose exp has passed is refused",
	rule: "A token with a real customer's claims, signed HS256 with the server's own secret but with exp an hour in the past, is refused on GET /store/customers/me with 401: a valid signature does not excuse an expired token.",
	refs: ["seed:token-in-header", "rfc7519:4.1.4", "rfc6750:3.1", "asvs:9.2.1", "observed:05"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "jwt-secret"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		const claims = decodeClaims(token) ?? {};
		const { iat, exp } = timesOf(ctx, token, "login token");
		// First prove the secret is the target's: the same claims re-signed must work.
		const fresh = await mintToken(ctx, claims);
		ctx.expect.status(await me(ctx, fresh), 200, "a token minted with --jwt-secret and the login token's own iat/exp (is --jwt-secret the target's?)");
		const expired = await mintToken(ctx, { ...claims, iat: iat - (exp - iat) - 3600, exp: iat - 3600 });
		ctx.expect.status(await me(ctx, expired), 401, "a token minted with --jwt-secret whose exp was an hour ago");
	},
});
