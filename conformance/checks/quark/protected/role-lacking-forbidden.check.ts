import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { userWithoutRole } from "../../../profiles/quark/target.ts";
import { LOGIN, login, sessionOf } from "../flows.ts";
import { call, nameOf, PROTECTED_ROUTES } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/protected/role-lacking-forbidden",
	title: "A valid token without the Customer role gets 403 on every protected route",
	rule: `With the access token of a user who logs in but lacks the Customer role, each endpoint seed 003 says requires authentication (${PROTECTED_ROUTES.map(nameOf).join(", ")}) answers 403: the token is valid (so not 401) and its permissions are insufficient (so not 2xx).`,
	refs: ["seed:protected", "seed:403", "seed:login"],
	tier: "contract",
	severity: "security",
	requires: ["user-without-role"],
	async run(ctx: CheckContext) {
		const user = userWithoutRole(ctx.config);
		if (!user) throw new Error("this check needs a user without the Customer role");
		const session = sessionOf(ctx, await login(ctx, user), `POST ${LOGIN} as the user without the Customer role`);
		const roles = session.user.roles;
		if (Array.isArray(roles) && roles.includes("Customer")) throw new Error(`the user without the Customer role (${user.email}) logs in with roles ${JSON.stringify(roles)}`);
		for (const route of PROTECTED_ROUTES) ctx.expect.status(await call(ctx, route, session.accessToken), 403, `${nameOf(route)} with a token lacking the Customer role`);
	},
});
