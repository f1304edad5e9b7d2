import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { KEY_INVALID, KEY_REQUIRED, storeRequest, unknownWellFormedKey } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/publishable-key/checked-before-auth",
	title: "The publishable key is checked before authentication",
	rule: "On GET /store/customers/me the key check runs first: with neither key nor token, or with a garbage token and no key, the answer is the missing-key 400 not_allowed (not 401); with an unknown key and no token, the invalid-key 400.",
	refs: ["observed:05", "facts:A.10"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const cases = [
			["neither key nor token", undefined, undefined, KEY_REQUIRED],
			["a garbage token and no key", undefined, "garbage", KEY_REQUIRED],
			["an unknown key and no token", unknownWellFormedKey(ctx), undefined, KEY_INVALID],
		] as const;
		for (const [what, key, bearer, expected] of cases) {
			const reply = await storeRequest(ctx, "/store/customers/me", key, bearer);
			ctx.expect.status(reply, 400, `GET /store/customers/me with ${what}`);
			ctx.expect.json(reply, expected, `GET /store/customers/me with ${what}`);
		}
	},
});
