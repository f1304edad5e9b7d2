import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { ALLOWED_METHODS, FOREIGN_ORIGIN, preflight, STORE_PREFLIGHTS, storeOrigin, varies } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/cors/preflight-answer",
	title: "Preflights to /store get express cors' 204",
	rule: `A preflight to /store (${STORE_PREFLIGHTS.map(([path, method]) => `${method} ${path}`).join(", ")}), from the storefront's origin or a foreign one, answers 204 with an empty body, Access-Control-Allow-Methods: ${ALLOWED_METHODS}, Access-Control-Allow-Headers echoing Access-Control-Request-Headers, Access-Control-Allow-Credentials: true, and a Vary naming Origin and Access-Control-Request-Headers.`,
	refs: ["observed:15"],
	tier: "observed",
	severity: "interoperability",
	requires: ["cors-origin"],
	async run(ctx: CheckContext) {
		for (const origin of [storeOrigin(ctx), FOREIGN_ORIGIN])
			for (const [path, method, requested] of STORE_PREFLIGHTS) {
				const reply = await preflight(ctx, path, origin, method, requested);
				const what = `OPTIONS ${path} from ${origin}`;
				ctx.expect.status(reply, 204, what);
				ctx.expect.exactBody(reply, "", what);
				ctx.expect.header(reply, "access-control-allow-methods", ALLOWED_METHODS);
				ctx.expect.header(reply, "access-control-allow-headers", requested);
				ctx.expect.header(reply, "access-control-allow-credentials", "true");
				for (const field of ["Origin", "Access-Control-Request-Headers"])
					ctx.expect.that(varies(reply, field), `${what}: Vary must name ${field}`, { actual: reply.headers.get("vary"), exchange: reply.exchange });
			}
	},
});
