import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { ALLOWED_METHODS, preflight } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/cors/preflight-allowed-origin",
	title: "Preflights from an allowed origin are granted",
	rule: "An OPTIONS preflight to /store/customers/me or /auth/customer/emailpass from an origin in STORE_CORS / AUTH_CORS answers 204 with Access-Control-Allow-Origin: <that origin>, Access-Control-Allow-Credentials: true, Access-Control-Allow-Methods: GET,HEAD,PUT,PATCH,POST,DELETE and Access-Control-Allow-Headers echoing Access-Control-Request-Headers.",
	refs: ["observed:14"],
	tier: "observed",
	severity: "interoperability",
	requires: ["cors-origin"],
	async run(ctx: CheckContext) {
		const origin = ctx.config.corsOrigin;
		ctx.expect.that(origin !== undefined, "this check needs --cors-origin");
		for (const [path, method, requested] of [
			["/store/customers/me", "GET", "authorization,x-publishable-api-key"],
			["/auth/customer/emailpass", "POST", "content-type"],
		] as const) {
			const reply = await preflight(ctx, path, origin, method, requested);
			ctx.expect.status(reply, 204, `OPTIONS ${path} from ${origin}`);
			ctx.expect.header(reply, "access-control-allow-origin", origin);
			ctx.expect.header(reply, "access-control-allow-credentials", "true");
			ctx.expect.header(reply, "access-control-allow-methods", ALLOWED_METHODS);
			ctx.expect.header(reply, "access-control-allow-headers", requested);
		}
	},
});
