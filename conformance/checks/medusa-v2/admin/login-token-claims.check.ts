import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, loginAdmin } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/admin/login-token-claims",
	title: "An admin login token names the user",
	rule: 'POST /auth/user/emailpass with the admin\'s credentials answers a token whose actor_type is "user", whose actor_id is the user\'s id ("user_…"), and whose app_metadata is exactly {"user_id": <that id>}, with exp − iat = 86400.',
	refs: ["observed:09", "observed:12"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const token = await loginAdmin(ctx);
		const claims = decodeClaims(token);
		ctx.expect.that(claims !== undefined, "the admin token's payload is not JSON", { actual: token });
		ctx.expect.equal(claims.actor_type, "user", "admin token actor_type");
		const actorId = claims.actor_id;
		ctx.expect.that(typeof actorId === "string" && actorId.startsWith("user_"), 'admin token actor_id: expected "user_…"', { actual: actorId });
		ctx.expect.equal(claims.app_metadata, { user_id: actorId }, "admin token app_metadata");
		ctx.expect.that(typeof claims.iat === "number" && typeof claims.exp === "number", "iat and exp must be numbers", { actual: claims });
		ctx.expect.equal((claims.exp as number) - (claims.iat as number), 86400, "admin token exp − iat (seconds)");
	},
});
