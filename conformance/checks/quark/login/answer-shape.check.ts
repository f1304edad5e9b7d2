import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { LOGIN, login, registered, sessionOf } from "../flows.ts";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default defineQuarkCheck({
	id: "quark/login/answer-shape",
	title: "Login answers the tokens and the user with the Customer role",
	rule: `POST ${LOGIN} with a registered user's e-mail and password answers 200 {accessToken, refreshToken, user: {id, email, firstName, lastName, roles}}, where id is a GUID, email, firstName and lastName are the registered ones and roles holds "Customer".`,
	refs: ["seed:login"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registered(ctx);
		const reply = await login(ctx, account);
		const { user } = sessionOf(ctx, reply, `POST ${LOGIN}`);
		ctx.expect.that(typeof user.id === "string" && GUID.test(user.id), "user.id is not a GUID", { actual: user.id, exchange: reply.exchange });
		ctx.expect.equal(
			{ email: user.email, firstName: user.firstName, lastName: user.lastName },
			{ email: account.email, firstName: account.firstName, lastName: account.lastName },
			"the user's e-mail and names",
			reply.exchange,
		);
		ctx.expect.that(Array.isArray(user.roles) && user.roles.includes("Customer"), 'user.roles does not hold "Customer"', { actual: user.roles, exchange: reply.exchange });
	},
});
