import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { exhaust, MarketplaceClient, PRODUCTS, retryAfterSeconds, WINDOW_SECONDS } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/marketplace/recovers-after-retry-after",
	title: "A client refused with 429 gets through again once Retry-After has passed (control clock)",
	rule: `After a client's 429 on GET ${PRODUCTS}, moving the target's clock forward by the Retry-After seconds makes the client's next request answer 200: the limit is per rolling minute, not a ban, and Retry-After says truly how long to back off.`,
	refs: ["seed:error-429", "seed:marketplace-limit", "rfc9110:10.2.3"],
	tier: "contract",
	severity: "interoperability",
	requires: ["control-clock"],
	async run(ctx: CheckContext) {
		const control = ctx.control;
		ctx.expect.that(control !== undefined, "this check needs the control clock");
		// Clock-moving checks run alone; a window's move first clears any earlier request of this address.
		await control.advance(WINDOW_SECONDS * 1000 + 1000);
		const client = new MarketplaceClient(ctx, "recover");
		const refused = await exhaust(ctx, client);
		const seconds = retryAfterSeconds(ctx, refused);
		await control.advance(seconds * 1000);
		const again = await client.get();
		ctx.expect.status(again, 200, `GET ${PRODUCTS} by the same client ${seconds} s (its Retry-After) after the 429`);
	},
});
