import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me, UNAUTHORIZED } from "../flows.ts";
import { setClockToSecond, timesOf, workingToken } from "../bearer/support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/expiry/refused-at-exp-boundary",
	title: "A login token works until exp − 1 s and is refused from exp on, with no leeway",
	rule: 'With the server clock at a login token\'s exp − 1 s, GET /store/customers/me answers 200; at exactly exp it answers 401 {"message":"Unauthorized"} (jsonwebtoken with no clock tolerance, as upstream).',
	refs: ["observed:05", "observed:12", "asvs:9.2.1"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "control-clock"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		const { exp } = timesOf(ctx, token, "login token");
		// Whole seconds on the server: setting the clock at the start of a second leaves it ~999 ms to answer.
		await setClockToSecond(ctx, exp - 1);
		ctx.expect.status(await me(ctx, token), 200, "the login token at exp − 1 s");
		await setClockToSecond(ctx, exp);
		const refused = await me(ctx, token);
		ctx.expect.status(refused, 401, "the login token at exp");
		ctx.expect.exactBody(refused, JSON.stringify(UNAUTHORIZED));
	},
});
