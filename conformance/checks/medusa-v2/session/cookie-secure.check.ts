import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { attribute, openSession } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/cookie-secure",
	title: "Over https the session cookie is Secure",
	rule: "When served over https, the connect.sid cookie set by POST /auth/session carries Secure, so the browser never sends the session over plain http.",
	refs: ["asvs:3.3.1", "observed:06"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "tls"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { reply, cookie } = await openSession(ctx, customer.token);
		ctx.expect.that(attribute(cookie, "Secure") !== undefined, "connect.sid lacks Secure over https", {
			expected: "Secure",
			actual: cookie.header,
			exchange: reply.exchange,
		});
	},
});
