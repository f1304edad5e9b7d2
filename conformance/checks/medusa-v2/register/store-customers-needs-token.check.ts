import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { UNAUTHORIZED } from "../flows.ts";
import { createCustomer } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/register/store-customers-needs-token",
	title: "POST /store/customers without a token is refused",
	rule: 'POST /store/customers with the publishable key but no Authorization answers 401 with exactly {"message":"Unauthorized"}: a customer account needs a registered identity.',
	refs: ["observed:03", "observed:error-shapes"],
	tier: "observed",
	severity: "security",
	requires: ["publishable-key"],
	async run(ctx: CheckContext) {
		const reply = await createCustomer(ctx, ctx.uniqueEmail());
		ctx.expect.status(reply, 401, "POST /store/customers without a token");
		ctx.expect.exactBody(reply, JSON.stringify(UNAUTHORIZED));
	},
});
