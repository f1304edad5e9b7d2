import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { loggedIn, REFRESH, refresh, sessionOf } from "../flows.ts";

export default defineQuarkCheck({
	id: "quark/refresh/reuse-revokes-family",
	title: "A spent refresh token is refused, and its reuse revokes the tokens that came from it",
	rule: `After a login's refresh token R1 was refreshed into R2, and R2 into R3, POST ${REFRESH} with R1 again is refused with a 4xx, and from then on R3 (the family's live token) is refused too: reuse of a spent token means it leaked, so the whole family ends.`,
	refs: ["choice:refresh-reuse", "asvs:7.4.1"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { session } = await loggedIn(ctx);
		const second = sessionOf(ctx, await refresh(ctx, session.refreshToken), `POST ${REFRESH} with R1`);
		const third = sessionOf(ctx, await refresh(ctx, second.refreshToken), `POST ${REFRESH} with R2`);
		const reused = await refresh(ctx, session.refreshToken);
		ctx.expect.that(reused.status >= 400 && reused.status < 500, `R1, already spent, answered ${reused.status}`, { exchange: reused.exchange });
		const afterReuse = await refresh(ctx, third.refreshToken);
		ctx.expect.that(afterReuse.status >= 400 && afterReuse.status < 500, `R3 still answered ${afterReuse.status} after R1 was reused: the family was not revoked`, {
			exchange: afterReuse.exchange,
		});
	},
});
