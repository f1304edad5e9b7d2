import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { login, me, registerAccount, tokenOf } from "../flows.ts";
import { createdCustomerId } from "../register/support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/login/token-authenticates",
	title: "Logging in returns a token that authenticates the customer",
	rule: "POST /auth/customer/emailpass with the right {email, password} answers 200 {\"token\": <JWT>}, and GET /store/customers/me with Authorization: Bearer <that token> answers 200 with that customer.",
	refs: ["seed:auth-route", "seed:token-field", "seed:token-in-header", "seed:emailpass-body"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const customerId = await createdCustomerId(ctx, account.email, account.registrationToken);
		const token = tokenOf(ctx, await login(ctx, account), "login");
		const mine = await me(ctx, token);
		ctx.expect.status(mine, 200, "GET /store/customers/me with the login token");
		const customer = (mine.body as { customer?: { id?: unknown; email?: unknown } } | undefined)?.customer;
		ctx.expect.equal({ id: customer?.id, email: customer?.email }, { id: customerId, email: account.email }, "the customer the token stands for", mine.exchange);
	},
});
