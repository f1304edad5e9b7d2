import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer } from "../flows.ts";
import { logout, openSession } from "../session/support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/logout/answers-ok",
	title: "Customer Log out answers a plain-text OK, session or not",
	rule: "DELETE /store/auth answers 200 with Content-Type text/plain; charset=utf-8 and the body exactly OK, both with a customer's connect.sid and with no credentials at all.",
	refs: ["observed:07", "seed:routes"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const expectOk = (reply: Reply, what: string): void => {
			ctx.expect.status(reply, 200, what);
			ctx.expect.header(reply, "content-type", "text/plain; charset=utf-8");
			ctx.expect.exactBody(reply, "OK", what);
		};
		const { cookie } = await openSession(ctx, await newCustomer(ctx));
		expectOk(await logout(ctx, cookie.raw), "DELETE /store/auth with the session cookie");
		expectOk(await logout(ctx), "DELETE /store/auth with no credentials");
	},
});
