import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { burstUntilRefused, expectRefused, LIMIT, MarketplaceClient, PRODUCTS, retryAfterSeconds, WINDOW_SECONDS } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/marketplace/sixty-first-refused",
	title: "The 61st marketplace request within a minute gets 429 with a Retry-After of at most 60 s",
	rule: `From one client address, ${LIMIT} GET ${PRODUCTS} within a minute answer 200 and the ${LIMIT + 1}st answers 429 with Retry-After: <seconds>, 0 to ${WINDOW_SECONDS}. From a fresh loopback address (source-addresses) exactly ${LIMIT} pass; from the kit's only address, which other checks may have used in the same minute, a 429 must come by the ${LIMIT + 1}st request.`,
	refs: ["seed:marketplace-limit", "seed:error-429", "rfc6585:4", "rfc9110:10.2.3"],
	tier: "contract",
	severity: "security",
	requires: [],
	async run(ctx: CheckContext) {
		const client = new MarketplaceClient(ctx, "limit");
		const burst = await burstUntilRefused(ctx, client);
		const refused = expectRefused(ctx, burst);
		if (client.ownAddress) ctx.expect.equal(burst.passed, LIMIT, "requests answered 200 from a fresh address before the first 429", refused.exchange);
		const seconds = retryAfterSeconds(ctx, refused);
		ctx.expect.that(seconds <= WINDOW_SECONDS, `Retry-After ${seconds} s is longer than the ${WINDOW_SECONDS} s window: a rolling minute frees a request within a minute`, {
			expected: `0..${WINDOW_SECONDS}`,
			actual: seconds,
			exchange: refused.exchange,
		});
	},
});
