import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/login/malformed-json-400",
	title: "A truncated JSON body gets 400 invalid_data, not a crash",
	rule: 'POST /auth/customer/emailpass with Content-Type: application/json and a truncated body answers 400 with exactly {"message":"Unexpected end of JSON input","type":"invalid_data"}.',
	refs: ["observed:04", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const body = `{"email": ${JSON.stringify(ctx.uniqueEmail())}, "password": `;
		const reply = await ctx.request({ path: "/auth/customer/emailpass", raw: { body, contentType: "application/json" } });
		ctx.expect.status(reply, 400, "login with a truncated JSON body");
		ctx.expect.exactBody(reply, '{"message":"Unexpected end of JSON input","type":"invalid_data"}');
	},
});
