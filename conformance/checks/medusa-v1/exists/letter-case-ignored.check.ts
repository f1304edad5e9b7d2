import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer } from "../flows.ts";
import { emailExists } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/exists/letter-case-ignored",
	title: "Check if Email Exists ignores the e-mail's letter case",
	rule: 'GET /store/auth/{email} with a registered lower-case e-mail written in capitals answers 200 {"exists":true}: the lookup is lower-cased, as at registration.',
	refs: ["observed:08", "observed:17"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { email } = await newCustomer(ctx);
		const reply = await emailExists(ctx, encodeURIComponent(email.toUpperCase()));
		ctx.expect.status(reply, 200, "GET /store/auth/{EMAIL}");
		ctx.expect.json(reply, { exists: true }, "GET /store/auth/{EMAIL}");
	},
});
