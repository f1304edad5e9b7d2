import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { INVALID_CREDENTIALS, login, registerAccount, tokenOf } from "../flows.ts";

const FAILURES = 30;
const AT_ONCE = 10;

export default defineMedusaV2Check({
	id: "medusa-v2/login/no-lockout",
	title: "Failed logins neither lock the account nor throttle it",
	rule: `After ${FAILURES} wrong-password logins, each answering 401 {"type":"unauthorized","message":"Invalid email or password"} without Retry-After, the right password still logs in at once (200): upstream has no lockout, so a client never sees 429 or a locked account.`,
	refs: ["observed:11"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const wrong = { email: account.email, password: `${account.password}-wrong` };
		for (let sent = 0; sent < FAILURES; sent += AT_ONCE) {
			const replies = await Promise.all(Array.from({ length: AT_ONCE }, () => login(ctx, wrong)));
			for (const reply of replies) {
				ctx.expect.status(reply, 401, "a wrong-password login");
				ctx.expect.exactBody(reply, JSON.stringify(INVALID_CREDENTIALS));
				ctx.expect.header(reply, "retry-after", null);
			}
		}
		tokenOf(ctx, await login(ctx, account), `the right password after ${FAILURES} failures`);
	},
});
