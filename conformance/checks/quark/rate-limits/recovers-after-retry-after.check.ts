import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { BURST, GLOBAL_WINDOW_SECONDS, refusedAfterLimit, retryAfterSeconds } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/rate-limits/recovers-after-retry-after",
	title: "A client refused with 429 gets through again once Retry-After has passed (--allow-slow)",
	rule: `After a client's 429 on the auth burst (${BURST.what}), waiting its Retry-After (at most the documented ${GLOBAL_WINDOW_SECONDS} s) lets the same client's next ${BURST.what} be answered: the limit is a window, not a ban, and Retry-After tells truly how long to back off.`,
	refs: ["facts:rate-limits", "choice:per-client", "rfc9110:10.2.3"],
	tier: "contract",
	severity: "interoperability",
	requires: ["allow-slow"],
	// Its wait moves a test app's clock, which would split another check's burst.
	exclusive: true,
	async run(ctx: CheckContext) {
		const { client, refused } = await refusedAfterLimit(ctx, BURST, "recover");
		const seconds = retryAfterSeconds(ctx, refused);
		ctx.expect.that(seconds <= GLOBAL_WINDOW_SECONDS, `Retry-After ${seconds} s is longer than the documented ${GLOBAL_WINDOW_SECONDS} s`, {
			expected: `1..${GLOBAL_WINDOW_SECONDS}`,
			actual: seconds,
			exchange: refused.exchange,
		});
		await ctx.sleep(seconds * 1000);
		const again = await client.send(BURST.request(ctx));
		ctx.expect.that(again.status !== 429, `${BURST.what} from ${client.name} was still refused after waiting its Retry-After (${seconds} s)`, {
			actual: again.status,
			exchange: again.exchange,
		});
	},
});
