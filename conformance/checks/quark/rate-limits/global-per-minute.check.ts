import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { expectRefusalBody, GLOBAL, refusedAfterLimit, retryAfterSeconds } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/rate-limits/global-per-minute",
	title: "The 101st request within a minute from one client gets 429",
	rule: `From a client that has sent nothing for a minute, ${GLOBAL.limit} ${GLOBAL.what} within a minute are answered and the ${GLOBAL.limit + 1}st is refused with 429, Retry-After and the documented body; when all ${GLOBAL.limit + 1} pass, a fixed window may have turned over among them, and ${GLOBAL.limit + 1} more from another fresh client must then end so.`,
	refs: ["facts:rate-limits", "choice:per-client", "rfc6585:4"],
	tier: "contract",
	severity: "security",
	requires: [],
	exclusive: true,
	async run(ctx: CheckContext) {
		const { refused } = await refusedAfterLimit(ctx, GLOBAL, "global");
		expectRefusalBody(ctx, refused, retryAfterSeconds(ctx, refused));
	},
});
