import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer, UNAUTHORIZED } from "../flows.ts";
import { deleteSession, meWithCookie, openSession } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/logout-revokes-cookie",
	title: "DELETE /auth/session makes the old session cookie unusable",
	rule: 'After DELETE /auth/session, a request with the old connect.sid gets 401 {"message":"Unauthorized"}: the session is destroyed on the server, not only forgotten by the client.',
	refs: ["observed:06", "asvs:7.4.1"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { cookie } = await openSession(ctx, customer.token);
		ctx.expect.status(await meWithCookie(ctx, cookie.raw), 200, "GET /store/customers/me with the cookie");
		ctx.expect.status(await deleteSession(ctx, cookie.raw), 200, "DELETE /auth/session");
		const after = await meWithCookie(ctx, cookie.raw);
		ctx.expect.status(after, 401, "the old cookie after logout");
		ctx.expect.json(after, UNAUTHORIZED);
	},
});
