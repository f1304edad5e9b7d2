import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";

/** body-parser's strict mode: a root that is no object or array fails as JSON.parse fails on `#`. */
const refusal = (body: string): string => JSON.stringify({ message: `Unexpected token '${body[0]}', "${body}" is not valid JSON`, type: "invalid_data" });

export default defineMedusaV2Check({
	id: "medusa-v2/login/json-roots-refused",
	title: "A JSON body that is no object or array is refused before the route",
	rule: `POST /auth/customer/emailpass with Content-Type: application/json and the body 1, null, true or "x" → 400 ${refusal("1")} (body-parser's strict mode, the token named); [] reaches the route → 401 "Password should be a string".`,
	refs: ["observed:18", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		for (const body of ["1", "null", "true", '"x"']) {
			const reply = await ctx.request({ path: "/auth/customer/emailpass", raw: { body, contentType: "application/json" } });
			ctx.expect.status(reply, 400, `login with the JSON body ${body}`);
			ctx.expect.exactBody(reply, refusal(body), `body of the answer to ${body}`);
		}
		const array = await ctx.request({ path: "/auth/customer/emailpass", raw: { body: "[]", contentType: "application/json" } });
		ctx.expect.status(array, 401, "login with the JSON body []");
		ctx.expect.json(array, { type: "unauthorized", message: "Password should be a string" });
	},
});
