import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { storeHeaders } from "../flows.ts";
import { varies } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/cors/allowed-origin-on-response",
	title: "Responses to an allowed origin let it read them",
	rule: "GET /store/products with the publishable key and an Origin in STORE_CORS answers 200 with Access-Control-Allow-Origin: <that origin>, Access-Control-Allow-Credentials: true and Vary: Origin.",
	refs: ["observed:14"],
	tier: "observed",
	severity: "interoperability",
	requires: ["cors-origin", "publishable-key"],
	async run(ctx: CheckContext) {
		const origin = ctx.config.corsOrigin;
		ctx.expect.that(origin !== undefined, "this check needs --cors-origin");
		const reply = await ctx.request({ path: "/store/products", headers: { ...storeHeaders(ctx), origin }, useJar: false });
		ctx.expect.status(reply, 200, `GET /store/products from ${origin}`);
		ctx.expect.header(reply, "access-control-allow-origin", origin);
		ctx.expect.header(reply, "access-control-allow-credentials", "true");
		ctx.expect.that(varies(reply, "Origin"), "Vary must name Origin", { actual: reply.headers.get("vary"), exchange: reply.exchange });
	},
});
