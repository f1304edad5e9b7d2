import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, registerAccount } from "../flows.ts";
import { openSession } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/registration-token-opens-session",
	title: "A registration token may open a session",
	rule: 'POST /auth/session accepts a registration token (actor_id "", no customer yet), as Medusa\'s route allows unregistered identities: 200 {"user": <its claims>} with a connect.sid cookie.',
	refs: ["observed:06", "facts:A.5"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const claims = decodeClaims(account.registrationToken);
		ctx.expect.equal(claims?.actor_id, "", "registration token actor_id");
		const { reply } = await openSession(ctx, account.registrationToken);
		ctx.expect.json(reply, { user: claims });
	},
});
