import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, me, registerAccount, tokenOf } from "../flows.ts";
import { createdCustomerId } from "../register/support.ts";
import { refresh } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/refresh/upgrades-registration-token",
	title: "Refreshing a registration token after the customer exists fills in the actor",
	rule: 'Once POST /store/customers has created the customer, POST /auth/token/refresh with the registration token answers a token whose actor_id is the customer id and app_metadata is {"customer_id": <id>}, and which authenticates GET /store/customers/me.',
	refs: ["observed:07", "facts:A.5"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const customerId = await createdCustomerId(ctx, account.email, account.registrationToken);
		const reply = await refresh(ctx, account.registrationToken);
		const refreshed = tokenOf(ctx, reply, "refresh of the registration token");
		const claims = decodeClaims(refreshed);
		ctx.expect.equal(
			{ actor_id: claims?.actor_id, app_metadata: claims?.app_metadata },
			{ actor_id: customerId, app_metadata: { customer_id: customerId } },
			"refreshed token's actor",
			reply.exchange,
		);
		ctx.expect.status(await me(ctx, refreshed), 200, "GET /store/customers/me with the refreshed registration token");
	},
});
