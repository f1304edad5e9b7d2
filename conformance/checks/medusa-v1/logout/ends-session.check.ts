import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { currentCustomer, expectRefused, me, newCustomer } from "../flows.ts";
import { logout, openSession, withCookie } from "../session/support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/logout/ends-session",
	title: "Customer Log out ends the session on the server",
	rule: "After DELETE /store/auth with a customer's connect.sid answers 200, that same cookie gets 401 on GET /store/auth and GET /store/customers/me: the session is destroyed on the server, not only forgotten by the client.",
	refs: ["seed:routes", "observed:07", "asvs:7.4.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { cookie } = await openSession(ctx, await newCustomer(ctx));
		ctx.expect.status(await currentCustomer(ctx, withCookie(cookie.raw)), 200, "GET /store/auth with the cookie before logout");
		ctx.expect.status(await logout(ctx, cookie.raw), 200, "DELETE /store/auth with the cookie");
		expectRefused(ctx, await currentCustomer(ctx, withCookie(cookie.raw)), "GET /store/auth with the old cookie");
		expectRefused(ctx, await me(ctx, withCookie(cookie.raw)), "GET /store/customers/me with the old cookie");
	},
});
