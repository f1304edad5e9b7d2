import type { CheckContext } from "../../../kit/context.ts";
import { withAlgNone } from "../../../kit/tokens.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { PROFILE, profile } from "../flows.ts";
import { expectRefused, workingToken } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/tokens/alg-none-refused",
	title: "An unsigned (alg none) copy of an access token is refused",
	rule: `A token with the header {"alg":"none","typ":"JWT"}, the claims of a valid access token and an empty signature gets 401 on GET ${PROFILE}: the access token is an HMAC-signed JWT and an unsigned one is not valid.`,
	refs: ["seed:401", "facts:jwt-config", "rfc8725:2.1", "asvs:9.1.2"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		expectRefused(ctx, await profile(ctx, withAlgNone(token)), "the alg:none copy of the access token");
	},
});
