import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { attribute, deleteSession, openSession, sessionCookieOf } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/logout-clears-cookie",
	title: "DELETE /auth/session answers success and clears the cookie",
	rule: 'DELETE /auth/session with the session cookie answers 200 {"success":true} and a Set-Cookie that empties connect.sid with Path=/ and an Expires in the past (Thu, 01 Jan 1970 00:00:00 GMT).',
	refs: ["observed:06"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { cookie } = await openSession(ctx, customer.token);
		const reply = await deleteSession(ctx, cookie.raw);
		ctx.expect.status(reply, 200, "DELETE /auth/session");
		ctx.expect.exactBody(reply, '{"success":true}');
		const cleared = sessionCookieOf(ctx, reply, "DELETE /auth/session");
		const evidence = { expected: "connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT", actual: cleared.header, exchange: reply.exchange };
		ctx.expect.that(cleared.value === "", "the clearing cookie must have an empty value", evidence);
		ctx.expect.that(attribute(cleared, "Path") === "/", "the clearing cookie must have Path=/ (else it does not replace the session cookie)", evidence);
		const expires = Date.parse(attribute(cleared, "Expires") ?? "");
		const maxAge = attribute(cleared, "Max-Age");
		ctx.expect.that((!Number.isNaN(expires) && expires <= Date.now()) || maxAge === "0", "the clearing cookie must already be expired", evidence);
	},
});
