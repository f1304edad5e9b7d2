import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { meWithCookie, openSession, postSession, sessionCookieOf } from "../session/support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/session-renewed-for-another-account",
	title: "A session cookie brought to another account's login gets a new session id",
	rule: "Customer A opens a session (cookie C). POST /auth/session with customer B's token and cookie C → 200 with a connect.sid other than C, and C no longer authenticates (401): otherwise whoever planted C in B's browser shares B's session (session fixation, CWE-384).",
	refs: ["asvs:7.2.4"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const planter = await newCustomer(ctx, "fixation-a");
		const victim = await newCustomer(ctx, "fixation-b");
		const planted = await openSession(ctx, planter.token);
		const login = await postSession(ctx, victim.token, planted.cookie.raw);
		ctx.expect.status(login, 200, "POST /auth/session with B's token and A's cookie");
		const renewed = sessionCookieOf(ctx, login, "POST /auth/session with B's token and A's cookie");
		ctx.expect.that(renewed.value !== planted.cookie.value, "the session id was kept: the planted cookie now holds B's session");
		ctx.expect.status(await meWithCookie(ctx, renewed.raw), 200, "GET /store/customers/me with the new cookie");
		ctx.expect.status(await meWithCookie(ctx, planted.cookie.raw), 401, "GET /store/customers/me with the planted cookie afterwards");
	},
});
