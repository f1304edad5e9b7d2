import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { cookieHeader, credentialsOf, panelLogin, panelStatus } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/status-route",
	title: "GET /app/api/admin/auth tells whether the panel session is valid",
	rule: 'GET /app/api/admin/auth with the cookies of a panel login answers 200 {"authenticated":true,"user":{…the user\'s email…},"sessionExpires":<the login\'s sessionExpires>}; without admin_session it answers 401 {"authenticated":false,"message":…}.',
	refs: ["facts:C.logout-status"],
	tier: "observed",
	severity: "interoperability",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const { reply: loggedIn, cookies } = await panelLogin(ctx, "admin");
		const reply = await panelStatus(ctx, cookieHeader(cookies));
		ctx.expect.status(reply, 200, "GET /app/api/admin/auth with the panel's cookies");
		const body = reply.body as { authenticated?: unknown; user?: { email?: unknown }; sessionExpires?: unknown } | undefined;
		ctx.expect.equal(body?.authenticated, true, "authenticated", reply.exchange);
		ctx.expect.equal(body?.user?.email, credentialsOf(ctx, "admin").email, "user.email", reply.exchange);
		ctx.expect.equal(body?.sessionExpires, (loggedIn.body as { sessionExpires?: unknown } | undefined)?.sessionExpires, "sessionExpires (as the login said)", reply.exchange);

		const anonymous = await panelStatus(ctx);
		ctx.expect.status(anonymous, 401, "GET /app/api/admin/auth without cookies");
		const refusal = anonymous.body as { authenticated?: unknown; message?: unknown } | undefined;
		ctx.expect.equal(refusal?.authenticated, false, "authenticated without cookies", anonymous.exchange);
		ctx.expect.that(typeof refusal?.message === "string", 'expected a "message" string', { actual: anonymous.text, exchange: anonymous.exchange });
	},
});
