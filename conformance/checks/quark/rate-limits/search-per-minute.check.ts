import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { GLOBAL, refusedAfterLimit, SEARCH } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/rate-limits/search-per-minute",
	title: "The 61st product search within a minute from one client gets 429",
	// Observed: the documents give the search policy (60 a minute) but not the search route.
	rule: `From a client that has sent nothing for a minute, ${SEARCH.limit} ${SEARCH.what} within a minute are answered and the ${SEARCH.limit + 1}st is refused with 429, well under the global ${GLOBAL.limit} a minute; when all ${SEARCH.limit + 1} pass, a fixed window may have turned over among them, and ${SEARCH.limit + 1} more from another fresh client must then end so.`,
	refs: ["facts:rate-limits", "choice:per-client", "rfc6585:4"],
	tier: "observed",
	severity: "security",
	requires: [],
	exclusive: true,
	async run(ctx: CheckContext) {
		await refusedAfterLimit(ctx, SEARCH, "search");
	},
});
