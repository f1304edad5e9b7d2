import type { CheckContext } from "../../../../../conformance/index.ts";
import { defineGreeterCheck, greeterKey } from "../../../kit/index.ts";

export default defineGreeterCheck({
	id: "greeter/hello/greets-key-holder",
	title: "GET /hello with a fixture key greets its holder",
	rule: "GET /hello with a known x-greeter-key answers 200 with the holder's name under `hello`.",
	refs: ["choice:hello"],
	tier: "contract",
	severity: "interoperability",
	requires: ["greeter-key"],
	async run(ctx: CheckContext) {
		const reply = await ctx.request({ path: "/hello", headers: { "x-greeter-key": greeterKey(ctx.config) ?? "" } });
		ctx.expect.status(reply, 200);
		ctx.expect.that(typeof (reply.body as { hello?: unknown } | undefined)?.hello === "string", "the answer names the holder", { actual: reply.body, exchange: reply.exchange });
	},
});
