import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { meWithCookie, openSession, postSession } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/same-token-keeps-session",
	title: "Opening a session again with the same token and its cookie keeps that session",
	rule: "POST /auth/session with a customer's token and the connect.sid that token's session already has → 200 {user} and no Set-Cookie: express-session sends the cookie again only when the session changed; the cookie keeps working.",
	refs: ["observed:23"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx, "same-session");
		const first = await openSession(ctx, customer.token);
		const again = await postSession(ctx, customer.token, first.cookie.raw);
		ctx.expect.status(again, 200, "POST /auth/session again with the token and its cookie");
		ctx.expect.equal(again.setCookies, [], "Set-Cookie of the second POST /auth/session");
		ctx.expect.equal(again.body, first.reply.body, "the second answer's {user}");
		ctx.expect.status(await meWithCookie(ctx, first.cookie.raw), 200, "GET /store/customers/me with the cookie afterwards");
	},
});
