import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { loggedIn } from "../flows.ts";
import { badRequest, sendBad } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/errors/no-5xx-on-bad-bodies",
	title: "Bad bodies on the auth routes never get a 5xx",
	rule: "POST to any /api/auth route (register, login, refresh, change-password with or without a valid token, forgot-password, reset-password) with any body (fields of the wrong JSON kind, missing or unknown fields, JSON that is no object, truncated JSON, none, garbage) under any Content-Type is answered with a status below 500: a bad request is the client's error, never the server's.",
	refs: ["rule:no-5xx", "seed:400", "facts:errors", "asvs:16.5.1"],
	tier: "hardening",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { session } = await loggedIn(ctx);
		await ctx.property(badRequest, async (request) => {
			const reply = await sendBad(ctx, request, session.accessToken);
			ctx.expect.that(reply.status < 500, `POST ${request.route} answered ${reply.status}`, { expected: "a status below 500", actual: reply.status, exchange: reply.exchange });
		});
	},
});
