import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";

const PATH = "/auth/customer/emailpass/reset-password";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/request-validates-body",
	title: "reset-password without identifier answers 400 invalid_data",
	rule: `POST ${PATH} with {} answers 400 {"type":"invalid_data","message":"Invalid request: Field 'identifier' is required"}; with {email} it adds "; Unrecognized fields: 'email'" to the message.`,
	refs: ["observed:08a", "facts:A.8"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const empty = await ctx.request({ path: PATH, json: {} });
		ctx.expect.status(empty, 400, "{}");
		ctx.expect.json(empty, { type: "invalid_data", message: "Invalid request: Field 'identifier' is required" }, "{}");
		const withEmail = await ctx.request({ path: PATH, json: { email: ctx.uniqueEmail() } });
		ctx.expect.status(withEmail, 400, "{email}");
		ctx.expect.json(
			withEmail,
			{ type: "invalid_data", message: "Invalid request: Field 'identifier' is required; Unrecognized fields: 'email'" },
			"{email}",
		);
	},
});
