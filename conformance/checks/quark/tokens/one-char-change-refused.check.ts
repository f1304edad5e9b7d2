import type { CheckContext } from "../../../kit/context.ts";
import { characterChange, withCharacterChanged } from "../../../kit/tokens.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { PROFILE, profile } from "../flows.ts";
import { expectRefused, workingToken } from "./support.ts";

// Each run is one request to a route under the global limit (100 a minute, FACTS.md §D).
const MAX_RUNS = 30;

export default defineQuarkCheck({
	id: "quark/tokens/one-char-change-refused",
	title: "Changing any one character of an access token makes it worthless",
	rule: `An access token with any one character of its header, payload or signature replaced by another base64url character gets 401 on GET ${PROFILE}: the server verifies the HMAC over the exact header and payload it received.`,
	refs: ["seed:401", "facts:jwt-config", "asvs:9.1.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		await ctx.property(
			characterChange,
			async (change) => {
				const changed = withCharacterChanged(token, change);
				if (changed) expectRefused(ctx, await profile(ctx, changed.forged), `the access token with ${changed.where} changed`);
			},
			Math.min(ctx.options.runs, MAX_RUNS),
		);
	},
});
