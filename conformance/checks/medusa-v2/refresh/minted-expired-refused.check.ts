import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { UNAUTHORIZED } from "../flows.ts";
import { mintedExpiredToken } from "../bearer/support.ts";
import { refresh } from "./support.ts";

// refresh/expired-token-refused's rule for a target without a movable clock: the expired token is
// minted with --jwt-secret instead of waited for.
export default defineMedusaV2Check({
	id: "medusa-v2/refresh/minted-expired-refused",
	title: "An expired token minted with the server's secret cannot be refreshed",
	rule: 'A token with a real customer\'s claims, signed HS256 with the server\'s own secret but with exp an hour in the past, gets 401 {"message":"Unauthorized"} from POST /auth/token/refresh: refresh renews live tokens only, so a leaked token cannot be kept alive forever.',
	refs: ["observed:07", "asvs:9.2.1"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "jwt-secret"],
	async run(ctx: CheckContext) {
		const expired = await mintedExpiredToken(ctx);
		const reply = await refresh(ctx, expired);
		ctx.expect.status(reply, 401, "refresh of a token whose exp was an hour ago");
		ctx.expect.exactBody(reply, JSON.stringify(UNAUTHORIZED));
	},
});
