import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { newCustomer } from "../../medusa-v2/flows.ts";
import { ADMIN_SESSION, MEDUSA_TOKEN, postPanelAuth, setCookiesOf } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/customer-refused",
	title: "A shop customer's credentials do not open the panel",
	rule: 'POST /app/api/admin/auth with a customer\'s right e-mail and password answers 403 {"message":…} (the role is not admin or support) or 401 {"message":…} (no panel account), and sets neither admin_session nor medusa_token.',
	refs: ["facts:C.login", "facts:C.middleware"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const reply = await postPanelAuth(ctx, { email: customer.email, password: customer.password });
		ctx.expect.status(reply, [401, 403], "panel login with a customer's credentials");
		const message = (reply.body as { message?: unknown } | undefined)?.message;
		ctx.expect.that(typeof message === "string" && message !== "", 'expected a {"message": …} body', { actual: reply.text, exchange: reply.exchange });
		const cookies = setCookiesOf(reply);
		ctx.expect.that(!cookies.has(ADMIN_SESSION) && !cookies.has(MEDUSA_TOKEN), "the refusal set a panel cookie", {
			actual: reply.setCookies,
			exchange: reply.exchange,
		});
	},
});
