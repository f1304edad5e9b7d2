import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { exhaust, MarketplaceClient, PRODUCTS, retryAfterSeconds, WINDOW_SECONDS } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/marketplace/recovers-after-real-wait",
	title: "A client refused with 429 gets through again after really waiting Retry-After (--allow-slow)",
	rule: `After a client's 429 on GET ${PRODUCTS}, waiting the Retry-After seconds of real time (at most ${WINDOW_SECONDS}) makes the client's next request answer 200, with no control API involved.`,
	refs: ["seed:error-429", "seed:marketplace-limit", "rfc9110:10.2.3"],
	tier: "contract",
	severity: "interoperability",
	requires: ["allow-slow"],
	async run(ctx: CheckContext) {
		const client = new MarketplaceClient(ctx, "real-wait");
		const refused = await exhaust(ctx, client);
		const seconds = retryAfterSeconds(ctx, refused);
		ctx.expect.that(seconds <= WINDOW_SECONDS, `Retry-After ${seconds} s is longer than the ${WINDOW_SECONDS} s window`, { actual: seconds, exchange: refused.exchange });
		await ctx.sleep(seconds * 1000);
		const again = await client.get();
		ctx.expect.status(again, 200, `GET ${PRODUCTS} by the same client after waiting its Retry-After (${seconds} s)`);
	},
});
