import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { loggedIn } from "../flows.ts";
import { badRequest, sendBad, undocumentedShape } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/errors/error-bodies-documented",
	title: "Every 4xx of the auth routes has a documented error body",
	rule: 'Whatever the body and Content-Type sent to an /api/auth route, a 4xx answer has a JSON object body with a string "message", or an "errors" object mapping each field to a list of message strings (ASP.NET\'s validation answer); other keys may come beside them.',
	refs: ["seed:400", "facts:errors"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { session } = await loggedIn(ctx);
		await ctx.property(badRequest, async (request) => {
			const reply = await sendBad(ctx, request, session.accessToken);
			if (reply.status < 400 || reply.status >= 500) return;
			const why = undocumentedShape(reply.text);
			ctx.expect.that(why === undefined, `POST ${request.route} answered ${reply.status}: ${why}`, { actual: reply.text.slice(0, 300), exchange: reply.exchange });
		});
	},
});
