import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { LOGIN } from "../flows.ts";
import { FOREIGN_ORIGIN, loginFrom, preflightLogin } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/cors/foreign-origin-not-allowed",
	title: "An origin outside the CORS list is not let in",
	// Observed: the documents say nothing of CORS. Reflecting any origin with credentials would let any site act as a logged-in user.
	rule: `Neither the preflight of POST ${LOGIN} nor the login's answer to a request from ${FOREIGN_ORIGIN} carries an Access-Control-Allow-Origin naming that origin or *.`,
	refs: ["choice:cors"],
	tier: "observed",
	severity: "security",
	requires: [],
	async run(ctx: CheckContext) {
		const refuses = (reply: Reply, what: string): void => {
			const allowed = reply.headers.get("access-control-allow-origin");
			ctx.expect.that(allowed !== FOREIGN_ORIGIN && allowed?.trim() !== "*", `${what} from ${FOREIGN_ORIGIN} answered Access-Control-Allow-Origin: ${allowed}`, {
				expected: `no Access-Control-Allow-Origin for ${FOREIGN_ORIGIN}`,
				actual: allowed,
				exchange: reply.exchange,
			});
		};
		refuses(await preflightLogin(ctx, FOREIGN_ORIGIN), `OPTIONS ${LOGIN}`);
		refuses(await loginFrom(ctx, FOREIGN_ORIGIN), `POST ${LOGIN}`);
	},
});
