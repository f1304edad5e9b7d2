import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { attribute, openSession } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/cookie-httponly",
	title: "The session cookie is HttpOnly",
	rule: "The connect.sid cookie set by POST /auth/session carries HttpOnly, so script injected into a storefront cannot read the session.",
	refs: ["asvs:3.3.4", "observed:06"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { reply, cookie } = await openSession(ctx, customer.token);
		ctx.expect.that(attribute(cookie, "HttpOnly") !== undefined, "connect.sid lacks HttpOnly", {
			expected: "HttpOnly",
			actual: cookie.header,
			exchange: reply.exchange,
		});
	},
});
