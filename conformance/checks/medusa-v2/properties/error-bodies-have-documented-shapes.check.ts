import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { fuzzRequest, toSpec, undocumentedShape } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/properties/error-bodies-have-documented-shapes",
	title: "Arbitrary requests never get 5xx, and errors have Medusa's shapes",
	rule: 'Any body (JSON, form, truncated JSON, garbage) under any Content-Type, with or without a bearer or publishable key, sent to the auth and store routes never gets a 5xx, and every 4xx body is a JSON object with string values and keys exactly {"message"}, {"type","message"}, {"message","type"} or {"code","type","message"}.',
	refs: ["observed:error-shapes", "observed:04", "observed:08a"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		await ctx.property(fuzzRequest, async (request) => {
			const reply = await ctx.request(toSpec(request, ctx.config.publishableKey));
			const what = `${request.route.method} ${request.route.path}`;
			ctx.expect.that(reply.status < 500, `${what} answered ${reply.status}`, { actual: reply.status, exchange: reply.exchange });
			if (reply.status < 400) return;
			const why = undocumentedShape(reply.text);
			ctx.expect.that(why === undefined, `${what} answered ${reply.status}: ${why}`, { actual: reply.text.slice(0, 300), exchange: reply.exchange });
		});
	},
});
