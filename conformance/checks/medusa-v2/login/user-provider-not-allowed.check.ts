import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/login/user-provider-not-allowed",
	title: "Admin users may log in with emailpass only",
	rule: 'POST /auth/user/google and POST /auth/user/google/register → 400 {"type":"not_allowed","message":"The actor type user is not allowed to use the auth provider google"} (Medusa\'s default authMethodsPerActor).',
	refs: ["observed:22"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const expected = { type: "not_allowed", message: "The actor type user is not allowed to use the auth provider google" };
		for (const path of ["/auth/user/google", "/auth/user/google/register"]) {
			const reply = await ctx.request({ path, json: {} });
			ctx.expect.status(reply, 400, `POST ${path}`);
			ctx.expect.equal(reply.body, expected, `POST ${path}: body`);
		}
	},
});
