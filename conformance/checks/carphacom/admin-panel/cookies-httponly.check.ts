import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { ADMIN_SESSION, attribute, MEDUSA_TOKEN, panelLogin } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/cookies-httponly",
	title: "The panel's login stores medusa_token and admin_session as HTTP-only cookies",
	rule: "A successful POST /app/api/admin/auth {email, password} answers with Set-Cookie for medusa_token and admin_session, each carrying HttpOnly, so no script in the panel's pages can read either.",
	refs: ["seed:panel-cookies", "asvs:3.3.4"],
	tier: "contract",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const { reply, cookies } = await panelLogin(ctx, "admin");
		for (const name of [MEDUSA_TOKEN, ADMIN_SESSION]) {
			const cookie = cookies.get(name);
			ctx.expect.that(cookie !== undefined && attribute(cookie, "HttpOnly") !== undefined, `${name} lacks HttpOnly`, {
				expected: `${name}=…; HttpOnly`,
				actual: cookie?.header,
				exchange: reply.exchange,
			});
		}
	},
});
