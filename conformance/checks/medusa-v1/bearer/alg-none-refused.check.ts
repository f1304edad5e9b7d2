import type { CheckContext } from "../../../kit/context.ts";
import { withAlgNone } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectRefused, me } from "../flows.ts";
import { workingToken } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/alg-none-refused",
	title: "An unsigned (alg none) copy of an access_token is refused",
	rule: 'A token with the header {"alg":"none","typ":"JWT"}, the claims of a valid access_token and an empty signature is refused on GET /store/customers/me with 401.',
	refs: ["seed:bearer", "observed:09c", "rfc8725:2.1", "asvs:9.1.2"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		expectRefused(ctx, await me(ctx, { bearer: withAlgNone(token) }), "the alg:none token");
	},
});
