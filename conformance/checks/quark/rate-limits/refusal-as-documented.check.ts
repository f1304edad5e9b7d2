import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { BURST, refusedAfterLimit } from "./support.ts";

const DOCUMENTED = { status: 429, message: "Rate limit exceeded. Please retry after 60 seconds.", retryAfter: 60 };

export default defineQuarkCheck({
	id: "quark/rate-limits/refusal-as-documented",
	title: "A 429 says Retry-After: 60 and the documented body, even on the 10-second auth window",
	rule: `The 429 of the auth burst (the ${BURST.limit + 1}st ${BURST.what} within ${BURST.windowSeconds} s) has Retry-After: 60 and exactly the body ${JSON.stringify(DOCUMENTED)}: the documents give these for every 429, whatever time is left in the window.`,
	refs: ["facts:rate-limits", "choice:per-client", "rfc6585:4", "rfc9110:10.2.3"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	exclusive: true,
	async run(ctx: CheckContext) {
		const { refused } = await refusedAfterLimit(ctx, BURST, "documented");
		ctx.expect.header(refused, "retry-after", "60");
		ctx.expect.json(refused, DOCUMENTED, "429 body");
	},
});
