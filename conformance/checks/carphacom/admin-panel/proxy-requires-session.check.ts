import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { cookieHeader, MEDUSA_TOKEN, NOT_AUTHENTICATED, panelLogin, viaProxy } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/proxy-requires-session",
	title: "The panel's proxy needs admin_session, not only medusa_token",
	rule: 'The panel\'s protected routes, the proxy among them, answer 401 {"error":"Not authenticated","message":"Sesiune invalidă"} to a request without cookies and to one carrying medusa_token but no admin_session.',
	refs: ["facts:C.middleware", "seed:panel-proxy"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const { cookies } = await panelLogin(ctx, "admin");
		const cases: Array<[string, string | undefined]> = [
			["no cookies", undefined],
			["only medusa_token", cookieHeader(cookies, [MEDUSA_TOKEN])],
		];
		for (const [what, cookie] of cases) {
			const reply = await viaProxy(ctx, "products?limit=1", cookie);
			ctx.expect.status(reply, 401, `the proxy with ${what}`);
			ctx.expect.json(reply, NOT_AUTHENTICATED, `the proxy with ${what}`);
		}
	},
});
