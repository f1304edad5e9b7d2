import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { LOGIN } from "../flows.ts";
import { lists, loginFrom, preflightLogin } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/cors/preflight-allowed-origin",
	title: "A storefront on an allowed origin may call the login from the browser",
	// Observed: the documents say nothing of CORS; a browser storefront needs it (README: QUARK_CORS).
	rule: `An OPTIONS preflight of POST ${LOGIN} with Content-Type from the run's allowed origin (--cors-origin) answers 2xx with Access-Control-Allow-Origin: <that origin>, Access-Control-Allow-Credentials: true and Access-Control-Allow-Headers listing content-type; the login's own answer, an error included, carries Access-Control-Allow-Origin: <that origin> too.`,
	refs: ["choice:cors"],
	tier: "observed",
	severity: "interoperability",
	requires: ["cors-origin"],
	async run(ctx: CheckContext) {
		const origin = ctx.config.corsOrigin;
		ctx.expect.that(origin !== undefined, "this check needs --cors-origin");
		const preflight = await preflightLogin(ctx, origin);
		ctx.expect.that(preflight.status >= 200 && preflight.status < 300, `OPTIONS ${LOGIN} from ${origin} answered ${preflight.status}`, { expected: "2xx", actual: preflight.status, exchange: preflight.exchange });
		ctx.expect.header(preflight, "access-control-allow-origin", origin);
		ctx.expect.header(preflight, "access-control-allow-credentials", "true");
		ctx.expect.that(lists(preflight, "access-control-allow-headers", "content-type"), "Access-Control-Allow-Headers does not list content-type", {
			actual: preflight.headers.get("access-control-allow-headers"),
			exchange: preflight.exchange,
		});
		const answer = await loginFrom(ctx, origin);
		ctx.expect.header(answer, "access-control-allow-origin", origin);
	},
});
