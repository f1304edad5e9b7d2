import type { CheckContext } from "../../../kit/context.ts";
import { mailOf } from "../../../kit/mail/reader.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { registerAccount } from "../flows.ts";
import { RESET_EVENT, requestReset, resetEvents } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/request-emits-event",
	title: "reset-password emits auth.password_reset with a token",
	rule: "POST /auth/customer/emailpass/reset-password for a registered e-mail emits one auth.password_reset event whose payload carries the reset token (a JWT in data.token).",
	refs: ["seed:reset-route", "observed:08a"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		ctx.expect.equal((await mailOf(ctx).now({ event: RESET_EVENT, to: account.email })).length, 0, `${RESET_EVENT} events before any request`);
		const reply = await requestReset(ctx, account.email);
		ctx.expect.status(reply, [200, 201, 202, 204], "reset-password");
		const events = await resetEvents(ctx, account.email, 1);
		ctx.expect.equal(events.length, 1, `${RESET_EVENT} events for ${account.email} after one request`, reply.exchange);
		const token = events[0]?.data.token;
		ctx.expect.that(typeof token === "string" && token.split(".").length === 3, `the ${RESET_EVENT} payload carries no JWT in "token"`, {
			actual: events[0]?.data,
		});
	},
});
