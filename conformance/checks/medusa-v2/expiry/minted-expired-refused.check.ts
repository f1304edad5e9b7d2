import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me } from "../flows.ts";
import { mintedExpiredToken } from "../bearer/support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/expiry/minted-expired-refused",
	title: "A correctly signed token whose exp has passed is refused",
	rule: "A token with a real customer's claims, signed HS256 with the server's own secret but with exp an hour in the past, is refused on GET /store/customers/me with 401: a valid signature does not excuse an expired token.",
	refs: ["seed:token-in-header", "rfc7519:4.1.4", "rfc6750:3.1", "asvs:9.2.1", "observed:05"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "jwt-secret"],
	async run(ctx: CheckContext) {
		const expired = await mintedExpiredToken(ctx);
		ctx.expect.status(await me(ctx, expired), 401, "a token minted with --jwt-secret whose exp was an hour ago");
	},
});
