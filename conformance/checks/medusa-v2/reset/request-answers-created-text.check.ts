import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount } from "../flows.ts";
import { requestReset } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/request-answers-created-text",
	title: "reset-password answers 201 text/plain Created",
	rule: 'POST /auth/customer/emailpass/reset-password for a registered e-mail answers 201 with Content-Type "text/plain; charset=utf-8" and the body "Created" (Express\'s sendStatus), not JSON.',
	refs: ["observed:08a"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const reply = await requestReset(ctx, account.email);
		ctx.expect.status(reply, 201);
		ctx.expect.header(reply, "content-type", "text/plain; charset=utf-8");
		ctx.expect.exactBody(reply, "Created");
	},
});
