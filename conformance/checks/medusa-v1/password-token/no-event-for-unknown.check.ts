import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { requestPasswordToken } from "../flows.ts";
import { RESET_EVENT, resetEvents } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-token/no-event-for-unknown",
	title: "Request Password Reset for an unknown e-mail emits nothing",
	rule: `POST /store/customers/password-token with an e-mail nobody registered answers 204 and emits no ${RESET_EVENT} event for it.`,
	refs: ["observed:11"],
	tier: "observed",
	severity: "interoperability",
	requires: ["reset-mail"],
	async run(ctx: CheckContext) {
		const email = ctx.uniqueEmail("nobody");
		const reply = await requestPasswordToken(ctx, email);
		ctx.expect.status(reply, 204, "POST /store/customers/password-token with an unknown e-mail");
		ctx.expect.equal((await resetEvents(ctx, email, 0)).length, 0, `${RESET_EVENT} events for an unknown e-mail`, reply.exchange);
	},
});
