import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer } from "../flows.ts";
import { attribute, openSession, SESSION_TTL_S, targetNow } from "./support.ts";

// express-session's value: "s:" + the session id + "." + base64 HMAC-SHA256 without padding (43 characters).
const SIGNED = /^s:[^.]+\.[A-Za-z0-9+/]{43}$/;
const TOLERANCE_MS = 5_000;

export default defineMedusaV1Check({
	id: "medusa-v1/session/cookie-format",
	title: "The session cookie is express-session's signed connect.sid, for 10 hours",
	rule: `POST /store/auth sets connect.sid=s:<id>.<HMAC-SHA256, base64, 43 characters> (percent-encoded) with Path=/ and Expires = the time of the answer + ${SESSION_TTL_S} s (10 h, within 5 s); a Max-Age, if sent, is ${SESSION_TTL_S}; no Domain, and no Secure over plain http.`,
	refs: ["observed:05a", "seed:connect-sid"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { reply, cookie } = await openSession(ctx, await newCustomer(ctx));
		const evidence = { actual: cookie.header, exchange: reply.exchange };
		ctx.expect.that(SIGNED.test(cookie.value), "connect.sid: expected s:<id>.<43-character signature>", { ...evidence, expected: String(SIGNED) });
		ctx.expect.that(attribute(cookie, "Path") === "/", "connect.sid: expected Path=/", { ...evidence, expected: "Path=/" });
		ctx.expect.that(attribute(cookie, "Domain") === undefined, "connect.sid: expected a host-only cookie (no Domain)", evidence);
		const plainHttp = reply.exchange.request.url.startsWith("http:");
		ctx.expect.that(!plainHttp || attribute(cookie, "Secure") === undefined, "connect.sid: Secure over plain http, so a browser never sends it back", evidence);
		const now = await targetNow(ctx, reply);
		const expires = Date.parse(attribute(cookie, "Expires") ?? "");
		ctx.expect.that(!Number.isNaN(expires), "connect.sid: expected an Expires date", evidence);
		const lifetime = expires - now.ms;
		ctx.expect.that(
			Math.abs(lifetime - SESSION_TTL_S * 1000) <= TOLERANCE_MS,
			`connect.sid: Expires is ${(lifetime / 1000).toFixed(0)} s after ${now.source}, expected ${SESSION_TTL_S} s (±5 s)`,
			{ ...evidence, expected: new Date(now.ms + SESSION_TTL_S * 1000).toUTCString() },
		);
		const maxAge = attribute(cookie, "Max-Age");
		if (maxAge !== undefined) ctx.expect.equal(maxAge, String(SESSION_TTL_S), "connect.sid Max-Age", reply.exchange);
	},
});
