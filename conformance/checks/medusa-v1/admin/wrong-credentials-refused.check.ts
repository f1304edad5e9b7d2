import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { type Account, adminAccount, newAccount, newCustomer, UNAUTHORIZED } from "../flows.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/admin/wrong-credentials-refused",
	title: "Both admin logins refuse a wrong password, an unknown e-mail and a customer's credentials",
	rule: `POST /admin/auth and POST /admin/auth/token answer 401 with the text/plain body "${UNAUTHORIZED}" to the admin's e-mail with a wrong password, to an e-mail no user has, and to a customer's e-mail and password.`,
	refs: ["observed:14a", "observed:14b", "observed:401-kinds"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account", "customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const attempts: Array<[string, Account]> = [
			["a wrong password", { email: adminAccount(ctx).email, password: `Wrong-${crypto.randomUUID()}` }],
			["an unknown e-mail", newAccount(ctx, "unknown")],
			["a customer's credentials", customer],
		];
		for (const path of ["/admin/auth", "/admin/auth/token"])
			for (const [what, account] of attempts) {
				const reply = await ctx.request({ path, json: { email: account.email, password: account.password }, useJar: false });
				ctx.expect.status(reply, 401, `POST ${path} with ${what}`);
				ctx.expect.exactBody(reply, UNAUTHORIZED, `POST ${path} with ${what}`);
				ctx.expect.header(reply, "content-type", /^text\/plain\b/);
			}
	},
});
