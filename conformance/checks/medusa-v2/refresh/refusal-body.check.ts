import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { UNAUTHORIZED } from "../flows.ts";
import { resignedWith, strangerSecret, workingToken } from "../bearer/support.ts";
import { refresh } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/refresh/refusal-body",
	title: "A refused refresh gets upstream's bare 401",
	rule: 'POST /auth/token/refresh without a token, or with a token signed with another secret, answers 401 with exactly {"message":"Unauthorized"}.',
	refs: ["observed:07", "observed:error-shapes"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const forged = await resignedWith(await workingToken(ctx), strangerSecret());
		for (const [what, bearer] of [
			["refresh without a token", undefined],
			["refresh with a token signed with another secret", forged],
		] as const) {
			const reply = await refresh(ctx, bearer);
			ctx.expect.status(reply, 401, what);
			ctx.expect.exactBody(reply, JSON.stringify(UNAUTHORIZED), what);
		}
	},
});
