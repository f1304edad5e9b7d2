import type { CheckContext } from "../../../../../conformance/index.ts";
import { defineGreeterCheck } from "../../../kit/index.ts";

export default defineGreeterCheck({
	id: "greeter/hello/refuses-without-key",
	title: "GET /hello without a key is refused",
	rule: 'GET /hello with no x-greeter-key, or an unknown one, answers 401 {"message":"Unauthorized"}.',
	refs: ["choice:hello"],
	tier: "contract",
	severity: "security",
	requires: [],
	async run(ctx: CheckContext) {
		for (const headers of [{}, { "x-greeter-key": "gk_unknown" }] as Array<Record<string, string>>) {
			const reply = await ctx.request({ path: "/hello", headers });
			ctx.expect.status(reply, 401);
			ctx.expect.json(reply, { message: "Unauthorized" });
		}
	},
});
