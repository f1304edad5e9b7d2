import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { UNAUTHORIZED } from "../flows.ts";
import { setClockToSecond, timesOf, workingToken } from "../bearer/support.ts";
import { refresh } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/refresh/expired-token-refused",
	title: "An expired token cannot be refreshed",
	rule: 'With the server clock at or past a login token\'s exp, POST /auth/token/refresh with it answers 401 {"message":"Unauthorized"}: refresh renews live tokens only, so a leaked token cannot be kept alive forever.',
	refs: ["observed:07", "asvs:9.2.1"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "control-clock"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		const { exp } = timesOf(ctx, token, "login token");
		await setClockToSecond(ctx, exp);
		const reply = await refresh(ctx, token);
		ctx.expect.status(reply, 401, "refresh of the token at its exp");
		ctx.expect.exactBody(reply, JSON.stringify(UNAUTHORIZED));
	},
});
