import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer, UNAUTHORIZED } from "../flows.ts";
import { meWithCookie, openSession, SESSION_TTL_MS } from "./support.ts";

const MARGIN_MS = 60_000;

export default defineMedusaV2Check({
	id: "medusa-v2/session/expires-after-10h",
	title: "A session works until 10 hours and not after",
	rule: 'A session cookie still authenticates GET /store/customers/me a minute before 10 h after POST /auth/session, and gets 401 {"message":"Unauthorized"} a minute after: the server ends the session itself, whatever the client keeps.',
	refs: ["observed:12", "observed:06"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "control-clock"],
	async run(ctx: CheckContext) {
		const control = ctx.control;
		ctx.expect.that(control !== undefined, "this check needs the control clock");
		const customer = await newCustomer(ctx);
		const before = await control.now();
		const { cookie } = await openSession(ctx, customer.token);
		const after = await control.now();
		// The session began somewhere in [before, after]: these two instants are on the right side of 10 h either way.
		await control.setTo(before + SESSION_TTL_MS - MARGIN_MS);
		ctx.expect.status(await meWithCookie(ctx, cookie.raw), 200, "the cookie 1 minute before 10 h");
		await control.setTo(after + SESSION_TTL_MS + MARGIN_MS);
		const late = await meWithCookie(ctx, cookie.raw);
		ctx.expect.status(late, 401, "the cookie 1 minute after 10 h");
		ctx.expect.json(late, UNAUTHORIZED);
	},
});
