import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount } from "../flows.ts";
import { createCustomer } from "./support.ts";

const DUPLICATE = { code: "invalid_request_error", type: "duplicate_error", message: "Customer with this email already has an account" };

export default defineMedusaV2Check({
	id: "medusa-v2/register/store-customers-duplicate",
	title: "A registration token creates one customer only",
	rule: 'A second POST /store/customers with the same registration token answers 422 with exactly {"code":"invalid_request_error","type":"duplicate_error","message":"Customer with this email already has an account"}.',
	refs: ["observed:03", "observed:error-shapes", "facts:A.5"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		ctx.expect.status(await createCustomer(ctx, account.email, account.registrationToken), 200, "first POST /store/customers");
		const again = await createCustomer(ctx, account.email, account.registrationToken);
		ctx.expect.status(again, 422, "second POST /store/customers with the same registration token");
		ctx.expect.exactBody(again, JSON.stringify(DUPLICATE));
	},
});
