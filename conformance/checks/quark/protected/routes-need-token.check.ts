import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { call, nameOf, PROTECTED_ROUTES } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/protected/routes-need-token",
	title: "Every protected storefront route answers 401 without a valid token",
	rule: `Each endpoint seed 003 says requires authentication (${PROTECTED_ROUTES.map(nameOf).join(", ")}) answers 401 with no Authorization header and with a bearer token that is no JWT.`,
	refs: ["seed:protected", "seed:401", "rfc6750:3.1"],
	tier: "contract",
	severity: "security",
	requires: [],
	async run(ctx: CheckContext) {
		for (const route of PROTECTED_ROUTES) {
			ctx.expect.status(await call(ctx, route), 401, `${nameOf(route)} with no token`);
			ctx.expect.status(await call(ctx, route, "not-a-token"), 401, `${nameOf(route)} with a token that is no JWT`);
		}
	},
});
