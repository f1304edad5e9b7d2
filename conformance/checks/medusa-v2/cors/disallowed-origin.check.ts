import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { storeHeaders } from "../flows.ts";
import { EVIL_ORIGIN, preflight } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/cors/disallowed-origin",
	title: "Other origins get no Access-Control-Allow-Origin",
	rule: `An origin outside the CORS lists (${EVIL_ORIGIN}) gets no Access-Control-Allow-Origin, neither on a preflight (still 204) to /store, /auth or /admin nor on GET /store/products, which is still served (200): the browser, not the server, withholds the answer.`,
	refs: ["observed:14"],
	tier: "observed",
	severity: "security",
	requires: ["publishable-key"],
	async run(ctx: CheckContext) {
		for (const [path, method] of [
			["/store/customers/me", "GET"],
			["/auth/customer/emailpass", "POST"],
			["/admin/products", "GET"],
		] as const) {
			const reply = await preflight(ctx, path, EVIL_ORIGIN, method, "authorization,content-type");
			ctx.expect.status(reply, 204, `OPTIONS ${path} from ${EVIL_ORIGIN}`);
			ctx.expect.header(reply, "access-control-allow-origin", null);
		}
		const reply = await ctx.request({ path: "/store/products", headers: { ...storeHeaders(ctx), origin: EVIL_ORIGIN }, useJar: false });
		ctx.expect.status(reply, 200, `GET /store/products from ${EVIL_ORIGIN}`);
		ctx.expect.header(reply, "access-control-allow-origin", null);
	},
});
