import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { attribute, openSession, SESSION_TTL_MS, targetNow } from "./support.ts";

const TOLERANCE_MS = 5_000;

export default defineMedusaV2Check({
	id: "medusa-v2/session/cookie-expires-in-10h",
	title: "The session cookie expires 10 hours after it is set",
	rule: "The connect.sid cookie of POST /auth/session has Expires = the time of the answer + 10 h (36000 s, within 5 s); a Max-Age, if sent, is 36000.",
	refs: ["observed:06", "observed:12"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { reply, cookie } = await openSession(ctx, customer.token);
		const now = await targetNow(ctx, reply);
		const expires = Date.parse(attribute(cookie, "Expires") ?? "");
		ctx.expect.that(!Number.isNaN(expires), "connect.sid: expected an Expires date", { actual: cookie.header, exchange: reply.exchange });
		const lifetime = expires - now.ms;
		ctx.expect.that(
			Math.abs(lifetime - SESSION_TTL_MS) <= TOLERANCE_MS,
			`connect.sid: Expires is ${(lifetime / 1000).toFixed(0)} s after ${now.source}, expected 36000 s (±5 s)`,
			{ expected: new Date(now.ms + SESSION_TTL_MS).toUTCString(), actual: cookie.header, exchange: reply.exchange },
		);
		const maxAge = attribute(cookie, "Max-Age");
		if (maxAge !== undefined) ctx.expect.equal(maxAge, "36000", "connect.sid Max-Age", reply.exchange);
	},
});
