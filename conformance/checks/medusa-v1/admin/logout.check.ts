import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectRefused } from "../flows.ts";
import { adminSessionCookie, sendWith } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/admin/logout",
	title: "DELETE /admin/auth ends the admin's session and needs credentials",
	rule: 'DELETE /admin/auth without credentials answers 401; with the admin\'s session cookie it answers 200 with the text body "OK", and that cookie, sent again, then gets 401 on GET /admin/auth.',
	refs: ["observed:14d", "asvs:7.4.1"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		expectRefused(ctx, await sendWith(ctx, "DELETE", "/admin/auth", {}), "DELETE /admin/auth without credentials");
		const cookie = await adminSessionCookie(ctx);
		ctx.expect.status(await sendWith(ctx, "GET", "/admin/auth", { cookie }), 200, "GET /admin/auth with the admin's cookie");
		const reply = await sendWith(ctx, "DELETE", "/admin/auth", { cookie });
		ctx.expect.status(reply, 200, "DELETE /admin/auth with the admin's cookie");
		ctx.expect.exactBody(reply, "OK", "DELETE /admin/auth with the admin's cookie");
		expectRefused(ctx, await sendWith(ctx, "GET", "/admin/auth", { cookie }), "GET /admin/auth with the cookie after the log-out");
	},
});
