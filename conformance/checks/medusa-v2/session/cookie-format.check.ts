import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { attribute, openSession } from "./support.ts";

// express-session's value: "s:" + the session id + "." + base64 HMAC-SHA256 without padding (43 characters).
const SIGNED = /^s:[^.]+\.[A-Za-z0-9+/]{43}$/;

export default defineMedusaV2Check({
	id: "medusa-v2/session/cookie-format",
	title: "The session cookie is express-session's signed connect.sid",
	rule: "POST /auth/session sets connect.sid=s:<id>.<HMAC-SHA256, base64, 43 characters> (percent-encoded) with Path=/, an Expires date and HttpOnly, no Domain; SameSite, if sent, is Lax, and Secure is not sent over plain http (a browser would never send such a cookie back).",
	refs: ["observed:06"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { reply, cookie } = await openSession(ctx, customer.token);
		const evidence = { actual: cookie.header, exchange: reply.exchange };
		ctx.expect.that(SIGNED.test(cookie.value), "connect.sid: expected s:<id>.<43-character signature>", { ...evidence, expected: String(SIGNED) });
		ctx.expect.that(attribute(cookie, "Path") === "/", "connect.sid: expected Path=/", { ...evidence, expected: "Path=/" });
		const expires = attribute(cookie, "Expires");
		ctx.expect.that(expires !== undefined && !Number.isNaN(Date.parse(expires)), "connect.sid: expected an Expires date", evidence);
		ctx.expect.that(attribute(cookie, "HttpOnly") !== undefined, "connect.sid: expected HttpOnly", { ...evidence, expected: "HttpOnly" });
		ctx.expect.that(attribute(cookie, "Domain") === undefined, "connect.sid: expected a host-only cookie (no Domain)", evidence);
		const sameSite = attribute(cookie, "SameSite");
		ctx.expect.that(sameSite === undefined || sameSite.toLowerCase() === "lax", "connect.sid: SameSite, when sent, must be Lax", evidence);
		const plainHttp = reply.exchange.request.url.startsWith("http:");
		ctx.expect.that(!plainHttp || attribute(cookie, "Secure") === undefined, "connect.sid: Secure over plain http", evidence);
	},
});
