import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { attribute, openSession } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/cookie-samesite",
	title: "Over https the session cookie is SameSite=Lax or Strict",
	rule: "When served over https, the connect.sid cookie set by POST /auth/session carries SameSite=Lax (as Medusa 2.16+ does) or Strict, never None or nothing, so other sites cannot ride the session (GHSA-jhvc-qx3m-6r3q).",
	refs: ["asvs:3.3.2", "observed:06"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "tls"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { reply, cookie } = await openSession(ctx, customer.token);
		const sameSite = attribute(cookie, "SameSite")?.toLowerCase();
		ctx.expect.that(sameSite === "lax" || sameSite === "strict", "connect.sid: expected SameSite=Lax or Strict", {
			expected: "SameSite=Lax",
			actual: cookie.header,
			exchange: reply.exchange,
		});
	},
});
