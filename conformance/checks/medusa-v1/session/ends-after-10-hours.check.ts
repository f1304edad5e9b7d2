import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { currentCustomer, expectRefused, newCustomer } from "../flows.ts";
import { openSession, SESSION_TTL_S, withCookie } from "./support.ts";

const MARGIN_MS = 60_000;

export default defineMedusaV1Check({
	id: "medusa-v1/session/ends-after-10-hours",
	title: "A session works until 10 hours and not after",
	rule: "A connect.sid from POST /store/auth still authenticates GET /store/auth a minute before 10 h have passed on the server's clock, and gets 401 a minute after: the server ends the session itself, whatever the client keeps.",
	refs: ["observed:05a", "observed:06", "asvs:7.4.1"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "control-clock"],
	async run(ctx: CheckContext) {
		const control = ctx.control;
		ctx.expect.that(control !== undefined, "this check needs the control clock");
		const customer = await newCustomer(ctx);
		const before = await control.now();
		const { cookie } = await openSession(ctx, customer);
		const after = await control.now();
		// The session began somewhere in [before, after]: these two instants are on the right side of 10 h either way.
		await control.setTo(before + SESSION_TTL_S * 1000 - MARGIN_MS);
		ctx.expect.status(await currentCustomer(ctx, withCookie(cookie.raw)), 200, "GET /store/auth with the cookie a minute before 10 h");
		await control.setTo(after + SESSION_TTL_S * 1000 + MARGIN_MS);
		expectRefused(ctx, await currentCustomer(ctx, withCookie(cookie.raw)), "GET /store/auth with the cookie a minute after 10 h");
	},
});
