import type { CheckContext } from "../../../kit/context.ts";
import { characterChange, withCharacterChanged } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectRefused, me } from "../flows.ts";
import { workingToken } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/one-char-change-refused",
	title: "Changing any one character of an access_token makes it worthless",
	rule: "An access_token with any one character of its header, payload or signature replaced by another base64url character is refused on GET /store/customers/me with 401: the server verifies the HS256 signature over the exact header and payload it received.",
	refs: ["seed:bearer", "observed:09c", "asvs:9.1.1", "rfc6750:3.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		await ctx.property(characterChange, async (change) => {
			const changed = withCharacterChanged(token, change);
			if (changed) expectRefused(ctx, await me(ctx, { bearer: changed.forged }), `the token with ${changed.where} changed`);
		});
	},
});
