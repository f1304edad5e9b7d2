import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { expectedLifetime, timesOf } from "../../medusa-v2/bearer/support.ts";
import { login, tokenOf } from "../../medusa-v2/flows.ts";
import { credentialsOf, MEDUSA_TOKEN, panelLogin } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/admin-token-24h",
	title: "Admin tokens expire after 24 hours",
	rule: "The admin token of POST /auth/user/emailpass, and the one the panel stores in medusa_token, have exp − iat = 86400 s (24 h), or exactly the --token-ttl the target was started with.",
	refs: ["seed:admin-24h", "seed:panel-cookies"],
	tier: "contract",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const bearer = tokenOf(ctx, await login(ctx, credentialsOf(ctx, "admin"), "user"), "POST /auth/user/emailpass");
		const direct = timesOf(ctx, bearer, "the admin token");
		ctx.expect.equal(direct.exp - direct.iat, expectedLifetime(ctx), "admin token exp − iat (seconds)");
		const { cookies } = await panelLogin(ctx, "admin");
		const panel = timesOf(ctx, cookies.get(MEDUSA_TOKEN)?.value ?? "", "the panel's medusa_token");
		ctx.expect.equal(panel.exp - panel.iat, expectedLifetime(ctx), "medusa_token exp − iat (seconds)");
	},
});
