import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { register } from "../flows.ts";
import { freshCustomer, IDENTITY_EXISTS } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/register/refused-after-customer-exists",
	title: "Once the customer exists, registering again is refused even with the right password",
	rule: 'After POST /store/customers has linked the identity to a customer, POST /auth/customer/emailpass/register with the same e-mail and password answers 401 {"type":"unauthorized","message":"Identity with email already exists"}; the client must use the login route.',
	refs: ["observed:03b", "seed:identity-exists", "facts:A.5"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await freshCustomer(ctx);
		const again = await register(ctx, { email: customer.email, password: customer.password });
		ctx.expect.status(again, 401, "register again once the customer exists");
		ctx.expect.exactBody(again, JSON.stringify(IDENTITY_EXISTS));
	},
});
