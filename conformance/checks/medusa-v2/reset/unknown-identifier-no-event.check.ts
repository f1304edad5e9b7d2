import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { RESET_EVENT, requestReset, resetEvents } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/unknown-identifier-no-event",
	title: "reset-password for an unknown identifier answers 201 and emits nothing",
	rule: 'POST /auth/customer/emailpass/reset-password with an identifier no identity has answers 201 "Created" as for a known one, and emits no auth.password_reset event.',
	refs: ["observed:08a", "facts:A.8"],
	tier: "observed",
	severity: "security",
	requires: ["reset-mail"],
	async run(ctx: CheckContext) {
		const unknown = ctx.uniqueEmail("nobody");
		const reply = await requestReset(ctx, unknown);
		ctx.expect.status(reply, 201, "reset-password for an unknown e-mail");
		ctx.expect.exactBody(reply, "Created");
		ctx.expect.equal((await resetEvents(ctx, unknown, 0)).length, 0, `${RESET_EVENT} events for an unknown identifier`, reply.exchange);
	},
});
