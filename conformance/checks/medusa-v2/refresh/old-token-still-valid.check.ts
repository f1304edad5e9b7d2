import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me, tokenOf } from "../flows.ts";
import { freshCustomer } from "../register/support.ts";
import { refresh } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/refresh/old-token-still-valid",
	title: "Refreshing does not revoke the old token",
	rule: "After POST /auth/token/refresh, both the old and the new token authenticate GET /store/customers/me (200): tokens are stateless and refresh revokes nothing.",
	refs: ["observed:07", "facts:A.4"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await freshCustomer(ctx);
		// Within the same second a refresh may return the very same bytes (observed 02/07); wait into
		// the next second so the old token is a different string from the new one.
		await ctx.sleep(1100);
		const refreshed = tokenOf(ctx, await refresh(ctx, customer.token), "POST /auth/token/refresh");
		ctx.expect.that(refreshed !== customer.token, "the refreshed token is the old token itself; expected a fresh iat and exp");
		ctx.expect.status(await me(ctx, refreshed), 200, "the refreshed token");
		ctx.expect.status(await me(ctx, customer.token), 200, "the old token after the refresh");
	},
});
