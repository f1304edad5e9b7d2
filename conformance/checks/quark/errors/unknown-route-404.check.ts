import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";

export default defineQuarkCheck({
	id: "quark/errors/unknown-route-404",
	title: "A route that does not exist is a 404 with a message",
	// Observed: ASP.NET itself answers an unknown route with an empty 404 (README); the reference gives it the documented error shape.
	rule: 'GET /api/storefront/<a path no route has> and POST /api/auth/<a path no route has> answer 404 with a JSON body {"message": "<text>"}, the shape of every other error.',
	refs: ["facts:errors"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const unknown = `no-such-route-${crypto.randomUUID()}`;
		for (const spec of [
			{ method: "GET", path: `/api/storefront/${unknown}` },
			{ method: "POST", path: `/api/auth/${unknown}`, json: {} },
		]) {
			const reply = await ctx.request({ ...spec, useJar: false });
			ctx.expect.status(reply, 404, `${spec.method} ${spec.path}`);
			const body = reply.body as Record<string, unknown> | undefined;
			ctx.expect.that(typeof body === "object" && body !== null && typeof body.message === "string", `${spec.method} ${spec.path}: expected a {"message": …} body, got ${reply.text.slice(0, 200) || "an empty body"}`, {
				expected: { message: "<text>" },
				actual: reply.body ?? reply.text,
				exchange: reply.exchange,
			});
		}
	},
});
