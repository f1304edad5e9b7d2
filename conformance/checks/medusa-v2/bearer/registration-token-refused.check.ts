import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me, registerAccount, UNAUTHORIZED } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/bearer/registration-token-refused",
	title: "A registration token does not open customer routes",
	rule: 'GET /store/customers/me with a registration token (actor_id "", no customer yet) answers 401 {"message":"Unauthorized"}: routes that need a customer refuse tokens without an actor.',
	refs: ["observed:05", "facts:A.5"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const { registrationToken } = await registerAccount(ctx);
		const reply = await me(ctx, registrationToken);
		ctx.expect.status(reply, 401, "GET /store/customers/me with a registration token");
		ctx.expect.exactBody(reply, JSON.stringify(UNAUTHORIZED));
	},
});
