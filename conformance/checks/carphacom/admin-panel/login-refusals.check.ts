import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { ADMIN_SESSION, credentialsOf, MEDUSA_TOKEN, PANEL_MESSAGES, postPanelAuth, setCookiesOf } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/login-refusals",
	title: "Panel logins without fields or with wrong credentials are refused with upstream's messages",
	rule: 'POST /app/api/admin/auth without an e-mail or a password answers 400 {"message":"Email și parolă sunt obligatorii"}; with a wrong password or an unknown e-mail, 401 {"message":"Credențiale invalide"} (the same for both); none of them sets a session cookie.',
	refs: ["facts:C.login"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const admin = credentialsOf(ctx, "admin");
		const cases: Array<[string, unknown, number, string]> = [
			["an empty body", {}, 400, PANEL_MESSAGES.fieldsRequired],
			["no password", { email: admin.email }, 400, PANEL_MESSAGES.fieldsRequired],
			["no e-mail", { password: admin.password }, 400, PANEL_MESSAGES.fieldsRequired],
			["a wrong password", { email: admin.email, password: `${admin.password}-wrong` }, 401, PANEL_MESSAGES.invalidCredentials],
			["an unknown e-mail", { email: ctx.uniqueEmail(), password: admin.password }, 401, PANEL_MESSAGES.invalidCredentials],
		];
		for (const [what, body, status, message] of cases) {
			const reply = await postPanelAuth(ctx, body);
			ctx.expect.status(reply, status, `panel login with ${what}`);
			ctx.expect.json(reply, { message }, `panel login with ${what}`);
			const cookies = setCookiesOf(reply);
			ctx.expect.that(!cookies.has(ADMIN_SESSION) && !cookies.has(MEDUSA_TOKEN), `panel login with ${what} set a session cookie`, {
				actual: reply.setCookies,
				exchange: reply.exchange,
			});
		}
		// A right login afterwards: upstream clears the address's failures on success, so this check
		// never leaves the run's own address closer to the lockout.
		ctx.expect.status(await postPanelAuth(ctx, admin), 200, "panel login with the right password after the failures");
	},
});
