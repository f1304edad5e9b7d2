import type { CheckContext } from "../../../kit/context.ts";
import { characterChange, withCharacterChanged } from "../../../kit/tokens.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me } from "../flows.ts";
import { workingToken } from "./support.ts";

// Upstream's jws refuses even a change that decodes to the same MAC (observed 05d); the contract only
// asks that a different token be refused (withCharacterChanged leaves such a change out).
export default defineMedusaV2Check({
	id: "medusa-v2/bearer/one-char-change-refused",
	title: "Changing any one character of a valid token makes it worthless",
	rule: "A valid login token with any one character of its header, payload or signature replaced by another base64url character is refused on GET /store/customers/me with 401: the server verifies the HS256 signature over the exact header and payload it received.",
	refs: ["seed:token-in-header", "asvs:9.1.1", "rfc6750:3.1", "observed:05"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		await ctx.property(characterChange, async (change) => {
			const changed = withCharacterChanged(token, change);
			if (changed) ctx.expect.status(await me(ctx, changed.forged), 401, `the token with ${changed.where} changed`);
		});
	},
});
