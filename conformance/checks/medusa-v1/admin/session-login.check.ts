import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { adminAccount } from "../flows.ts";
import { adminSessionLogin, sendWith, sessionCookiePair, USER_KEYS, userOf } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/admin/session-login",
	title: "The admin cookie login answers {user} and a session that authenticates the admin",
	rule: `POST /admin/auth with the admin's e-mail and password answers 200 {"user": {…}} whose keys are, in this order, ${USER_KEYS.join(", ")}, with a string role, api_token null and the admin's e-mail in lower case, and sets a connect.sid cookie with which GET /admin/auth answers 200 {"user"} with the same id.`,
	refs: ["observed:14a", "observed:14c"],
	tier: "observed",
	severity: "interoperability",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const reply = await adminSessionLogin(ctx);
		const user = userOf(ctx, reply, "POST /admin/auth");
		ctx.expect.equal(Object.keys(user), USER_KEYS, "the keys of user, in order", reply.exchange);
		ctx.expect.that(typeof user.role === "string", "user.role: expected a string", { actual: user.role, exchange: reply.exchange });
		ctx.expect.equal(user.api_token, null, "user.api_token", reply.exchange);
		ctx.expect.equal(user.email, adminAccount(ctx).email.toLowerCase(), "user.email", reply.exchange);
		const cookie = sessionCookiePair(ctx, reply, "POST /admin/auth");
		const current = userOf(ctx, await sendWith(ctx, "GET", "/admin/auth", { cookie }), "GET /admin/auth with the login's cookie");
		ctx.expect.equal(current.id, user.id, "the user the cookie authenticates");
	},
});
