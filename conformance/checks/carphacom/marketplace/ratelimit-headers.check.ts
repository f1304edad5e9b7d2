import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { burstUntilRefused, expectRefused, integerParam, LIMIT, MarketplaceClient, parseItems, PRODUCTS, retryAfterSeconds, WINDOW_SECONDS } from "./support.ts";

interface ServiceLimit {
	remaining: number;
	resetSeconds: number;
}

/** RateLimit-Policy names a policy of q=60 requests per w=60 s, and RateLimit gives r and t under that name. */
const readFields = (ctx: CheckContext, reply: Reply, what: string): ServiceLimit => {
	const policies = parseItems(reply.headers.get("ratelimit-policy"));
	const policy = policies?.find((item) => integerParam(item, "q") === LIMIT && integerParam(item, "w") === WINDOW_SECONDS);
	ctx.expect.that(policy !== undefined, `${what}: expected RateLimit-Policy: "<name>";q=${LIMIT};w=${WINDOW_SECONDS}, got ${JSON.stringify(reply.headers.get("ratelimit-policy"))}`, {
		expected: `"<name>";q=${LIMIT};w=${WINDOW_SECONDS}`,
		actual: reply.headers.get("ratelimit-policy"),
		exchange: reply.exchange,
	});
	const limit = parseItems(reply.headers.get("ratelimit"))?.find((item) => item.name === policy.name);
	const remaining = integerParam(limit, "r");
	const resetSeconds = integerParam(limit, "t");
	ctx.expect.that(
		remaining !== undefined && remaining <= LIMIT && resetSeconds !== undefined && resetSeconds <= WINDOW_SECONDS,
		`${what}: expected RateLimit: "${policy.name}";r=<0..${LIMIT}>;t=<0..${WINDOW_SECONDS}>, got ${JSON.stringify(reply.headers.get("ratelimit"))}`,
		{ expected: `"${policy.name}";r=<remaining>;t=<seconds>`, actual: reply.headers.get("ratelimit"), exchange: reply.exchange },
	);
	return { remaining, resetSeconds };
};

export default defineCarphacomCheck({
	id: "carphacom/marketplace/ratelimit-headers",
	title: "Marketplace answers carry RateLimit-Policy and RateLimit fields that agree with the limit",
	rule: `Every answer of GET ${PRODUCTS} has RateLimit-Policy: "<name>";q=${LIMIT};w=${WINDOW_SECONDS} and RateLimit: "<name>";r=<requests left>;t=<seconds> (draft-ietf-httpapi-ratelimit-headers-11, structured fields). From a fresh address r is ${LIMIT - 1} after the first request and falls by one with each; on the 429 r is 0 and Retry-After is not shorter than t (§6).`,
	refs: ["choice:marketplace", "ratelimit-headers"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const client = new MarketplaceClient(ctx, "headers");
		const first = await client.get();
		ctx.expect.status(first, 200, `the first GET ${PRODUCTS}`);
		const before = readFields(ctx, first, "the first answer");
		const second = await client.get();
		ctx.expect.status(second, 200, `the second GET ${PRODUCTS}`);
		const after = readFields(ctx, second, "the second answer");
		if (client.ownAddress) {
			ctx.expect.equal(before.remaining, LIMIT - 1, "RateLimit r after a fresh client's first request", first.exchange);
			ctx.expect.equal(after.remaining, LIMIT - 2, "RateLimit r after its second request", second.exchange);
		}
		const refused = expectRefused(ctx, await burstUntilRefused(ctx, client));
		const limited = readFields(ctx, refused, "the 429");
		ctx.expect.equal(limited.remaining, 0, "RateLimit r on the 429", refused.exchange);
		const retryAfter = retryAfterSeconds(ctx, refused);
		ctx.expect.that(retryAfter >= limited.resetSeconds, `Retry-After ${retryAfter} s points before the end of the effective window t=${limited.resetSeconds}`, {
			expected: `Retry-After >= ${limited.resetSeconds}`,
			actual: retryAfter,
			exchange: refused.exchange,
		});
	},
});
