import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { UNAUTHORIZED } from "../flows.ts";
import { meWithAuthorization, workingToken } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/bearer/scheme-variants",
	title: "The Bearer scheme is case-insensitive and required",
	rule: 'GET /store/customers/me accepts "Authorization: bearer <token>" (lower-case scheme) with 200, and answers 401 {"message":"Unauthorized"} to the bare token with no scheme and to "Basic <token>".',
	refs: ["observed:05", "facts:A.4", "rfc6750:2.1"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		ctx.expect.status(await meWithAuthorization(ctx, `bearer ${token}`), 200, "lower-case bearer scheme");
		for (const [what, authorization] of [
			["the token without a scheme", token],
			["the token as Basic", `Basic ${token}`],
		]) {
			const reply = await meWithAuthorization(ctx, authorization);
			ctx.expect.status(reply, 401, what);
			ctx.expect.exactBody(reply, JSON.stringify(UNAUTHORIZED), what);
		}
	},
});
