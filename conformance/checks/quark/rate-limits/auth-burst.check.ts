import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { BURST, expectRefusalBody, refusedAfterLimit, retryAfterSeconds } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/rate-limits/auth-burst",
	title: "The 21st login within 10 s from one client gets 429 with Retry-After",
	rule: `From a client that has sent nothing for a minute, ${BURST.limit} ${BURST.what} within ${BURST.windowSeconds} s are answered and the ${BURST.limit + 1}st is refused with 429, a Retry-After of a positive number of seconds, and the body {"status":429,"message":"…","retryAfter":<those seconds>} (extra keys allowed).`,
	refs: ["facts:rate-limits", "choice:per-client", "seed:login", "rfc6585:4", "rfc9110:10.2.3"],
	tier: "contract",
	severity: "security",
	requires: [],
	// It spends a client's auth budget: alone, so that no other check is refused from it.
	exclusive: true,
	async run(ctx: CheckContext) {
		const { refused } = await refusedAfterLimit(ctx, BURST, "burst");
		expectRefusalBody(ctx, refused, retryAfterSeconds(ctx, refused));
	},
});
