import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { ADMIN_SESSION, deletes, PANEL_COOKIES, PANEL_MESSAGES, panelLogin, postPanelAuth, setCookiesOf } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/logout-deletes-cookies",
	title: "Logging out of the panel deletes its three cookies",
	rule: 'POST /app/api/admin/auth {"action":"logout"} answers 200 {"success":true,"message":"Deconectat cu succes"} with a Set-Cookie deleting each of admin_session, medusa_token and admin_session_expires (empty value, Max-Age=0 or an Expires in the past).',
	refs: ["facts:C.logout-status"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		// The check's jar plays the browser: it keeps the login's cookies and sends them back.
		await panelLogin(ctx, "admin", { useJar: true });
		ctx.expect.that(ctx.http.jar.get(ADMIN_SESSION) !== undefined, "the jar kept no admin_session after the login");
		const reply = await postPanelAuth(ctx, { action: "logout" }, { useJar: true });
		ctx.expect.status(reply, 200, "logout");
		ctx.expect.json(reply, { success: true, message: PANEL_MESSAGES.loggedOut }, "logout");
		const sent = setCookiesOf(reply);
		for (const name of PANEL_COOKIES) {
			const cookie = sent.get(name);
			ctx.expect.that(cookie !== undefined && deletes(cookie), `logout does not delete ${name}`, {
				expected: `Set-Cookie: ${name}=; Expires=<past>`,
				actual: reply.setCookies,
				exchange: reply.exchange,
			});
			ctx.expect.that(ctx.http.jar.get(name) === undefined, `the jar still holds ${name} after logout`, { exchange: reply.exchange });
		}
	},
});
