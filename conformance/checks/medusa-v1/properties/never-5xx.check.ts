import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { forEveryAnswer, ROUTES } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/properties/never-5xx",
	title: "No body makes the customer auth routes fail with a 5xx",
	rule: `Any body (a JSON object with the route's fields well or ill typed, missing, or beside unknown ones; a form; JSON sent as text/plain; none) sent to POST ${ROUTES.join(", ")} gets an answer below 500: bad input, a bad reset token for an existing account included, is the client's error.`,
	refs: ["rule:no-5xx", "choice:N1", "observed:error-shapes"],
	tier: "hardening",
	severity: "interoperability",
	requires: ["customer-registration"],
	run: (ctx: CheckContext) =>
		forEveryAnswer(ctx, (route, reply) =>
			ctx.expect.that(reply.status < 500, `POST ${route} answered ${reply.status}`, { actual: reply.text.slice(0, 300), exchange: reply.exchange }),
		),
});
