import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { currentCustomer, newCustomer } from "../flows.ts";
import { openSession, signedParts, withCookie } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/session/new-session-on-login",
	title: "A login never adopts the session cookie it was sent with",
	rule: "POST /store/auth for customer B sent with customer A's connect.sid answers a cookie with a session id other than A's, and A's cookie does not afterwards authenticate GET /store/auth as B: every login opens a new session (no session fixation).",
	refs: ["choice:N3", "asvs:7.2.4"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		// Upstream's fixation (fact 21) is on anonymous cookies; a server that sets none (N4) is tried with another login's.
		const first = await openSession(ctx, await newCustomer(ctx, "first"));
		const second = await newCustomer(ctx, "second");
		const { cookie } = await openSession(ctx, second, first.cookie.raw);
		ctx.expect.that(signedParts(ctx, cookie).id !== signedParts(ctx, first.cookie).id, "the login kept the session id of the cookie it was sent with", {
			expected: "a new session id",
			actual: cookie.header,
		});
		const reply = await currentCustomer(ctx, withCookie(first.cookie.raw));
		const found = (reply.body as { customer?: { id?: unknown } } | undefined)?.customer?.id;
		ctx.expect.that(reply.status !== 200 || found !== second.id, "the cookie sent into B's login is now logged in as B", {
			expected: "401, or not customer B",
			actual: `${reply.status} ${String(found)}`,
			exchange: reply.exchange,
		});
	},
});
