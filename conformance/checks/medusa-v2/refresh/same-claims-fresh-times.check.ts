import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, tokenOf } from "../flows.ts";
import { expectedLifetime, timesOf } from "../bearer/support.ts";
import { freshCustomer } from "../register/support.ts";
import { refresh } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/refresh/same-claims-fresh-times",
	title: "A refreshed token keeps the claims and gets a new iat and exp",
	rule: "The token from POST /auth/token/refresh has the same claims as the one refreshed, in the same order, except iat (now, later than the old one) and exp (iat + 86400).",
	refs: ["observed:07", "observed:12", "facts:A.4"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await freshCustomer(ctx);
		const before = timesOf(ctx, customer.token, "login token");
		// iat counts whole seconds: wait into the next one so a fresh iat must differ.
		await ctx.sleep(1100);
		const reply = await refresh(ctx, customer.token);
		const refreshed = tokenOf(ctx, reply, "POST /auth/token/refresh");
		const after = timesOf(ctx, refreshed, "refreshed token");
		const { iat: _oldIat, exp: _oldExp, ...oldClaims } = decodeClaims(customer.token) ?? {};
		const { iat: _newIat, exp: _newExp, ...newClaims } = decodeClaims(refreshed) ?? {};
		ctx.expect.equal(Object.entries(newClaims), Object.entries(oldClaims), "claims other than iat and exp, in order", reply.exchange);
		ctx.expect.equal(Object.keys(decodeClaims(refreshed) ?? {}).slice(-2), ["iat", "exp"], "iat and exp come last", reply.exchange);
		ctx.expect.that(after.iat > before.iat, `refreshed iat: expected later than ${before.iat}, got ${after.iat}`, { exchange: reply.exchange });
		ctx.expect.equal(after.exp - after.iat, expectedLifetime(ctx), "refreshed exp − iat (seconds)", reply.exchange);
	},
});
