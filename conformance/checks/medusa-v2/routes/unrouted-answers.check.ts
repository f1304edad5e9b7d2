import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { storeHeaders, UNAUTHORIZED } from "../flows.ts";

/** The line of Express's 404 page (finalhandler) that names the request. */
const cannot = (method: string, path: string): string => `<pre>Cannot ${method} ${path}</pre>`;

export default defineMedusaV2Check({
	id: "medusa-v2/routes/unrouted-answers",
	title: "Requests no route takes get Express's answers, after the prefix's own middlewares",
	rule: `GET /auth/session and GET /store/nothing-here (with the publishable key) → 404 text/html naming the request ("${cannot("GET", "/auth/session")}"); GET /admin/nothing-here without credentials → 401 ${JSON.stringify(UNAUTHORIZED)}, as /admin authenticates first; OPTIONS /auth/customer/emailpass with no CORS request headers → 200 with Allow: POST,GET,HEAD.`,
	refs: ["observed:21"],
	tier: "observed",
	severity: "interoperability",
	requires: ["publishable-key"],
	async run(ctx: CheckContext) {
		for (const [path, headers] of [
			["/auth/session", {}],
			["/store/nothing-here", storeHeaders(ctx)],
		] as const) {
			const reply = await ctx.request({ path, headers, useJar: false });
			ctx.expect.status(reply, 404, `GET ${path}`);
			ctx.expect.header(reply, "content-type", /^text\/html/);
			ctx.expect.that(reply.text.includes(cannot("GET", path)), `GET ${path}: the page does not name the request`, { actual: reply.text });
		}
		const admin = await ctx.request({ path: "/admin/nothing-here", useJar: false });
		ctx.expect.status(admin, 401, "GET /admin/nothing-here without credentials");
		ctx.expect.json(admin, UNAUTHORIZED);
		const options = await ctx.request({ method: "OPTIONS", path: "/auth/customer/emailpass", useJar: false });
		ctx.expect.status(options, 200, "OPTIONS /auth/customer/emailpass, no preflight");
		ctx.expect.header(options, "allow", "POST,GET,HEAD");
	},
});
