import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer } from "../flows.ts";
import { attribute, openSession } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/session/cookie-httponly",
	title: "The session cookie is HttpOnly",
	rule: "The connect.sid cookie set by POST /store/auth carries HttpOnly, so script injected into a storefront cannot read the session.",
	refs: ["asvs:3.3.4", "observed:05a"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { reply, cookie } = await openSession(ctx, await newCustomer(ctx));
		ctx.expect.that(attribute(cookie, "HttpOnly") !== undefined, "connect.sid lacks HttpOnly", {
			expected: "HttpOnly",
			actual: cookie.header,
			exchange: reply.exchange,
		});
	},
});
