import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectRefused } from "../flows.ts";
import { meWithAuthorization, workingToken } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/scheme-variants",
	title: "The Bearer scheme is case-insensitive and required",
	rule: 'GET /store/customers/me accepts "Authorization: bearer <token>" (lower-case scheme) with 200, and answers 401 to the token with no scheme, as "Basic <token>" and as "JWT <token>".',
	refs: ["observed:09h", "rfc6750:2.1", "seed:bearer"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		ctx.expect.status(await meWithAuthorization(ctx, `bearer ${token}`), 200, "the lower-case bearer scheme");
		const refused: Array<[string, string]> = [
			["the token with no scheme", token],
			["the token as Basic", `Basic ${token}`],
			["the token as JWT", `JWT ${token}`],
		];
		for (const [what, authorization] of refused)
			expectRefused(ctx, await meWithAuthorization(ctx, authorization), what);
	},
});
