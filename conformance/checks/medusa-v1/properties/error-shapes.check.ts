import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { UNAUTHORIZED } from "../flows.ts";
import { forEveryAnswer, ROUTES, undocumentedError } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/properties/error-shapes",
	title: "Errors of the customer auth routes have Medusa v1's shapes",
	rule: `Any body (a JSON object with the route's fields well or ill typed, missing, or beside unknown ones; a form; JSON sent as text/plain; none) sent to POST ${ROUTES.join(", ")} that gets a 4xx gets either the text "${UNAUTHORIZED}" or an application/json object of string values with the keys {type, message} or {code, type, message}, in that order.`,
	refs: ["observed:error-shapes", "observed:401-kinds", "observed:unknown-fields", "observed:04f"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	run: (ctx: CheckContext) =>
		forEveryAnswer(ctx, (route, reply) => {
			if (reply.status < 400 || reply.status >= 500) return;
			const why = undocumentedError(reply);
			ctx.expect.that(why === undefined, `POST ${route} answered ${reply.status}: ${why}`, { actual: reply.text.slice(0, 300), exchange: reply.exchange });
		}),
});
