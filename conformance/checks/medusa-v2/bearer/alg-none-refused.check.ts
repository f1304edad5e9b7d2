import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me } from "../flows.ts";
import { withAlgNone, workingToken } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/bearer/alg-none-refused",
	title: "An unsigned (alg none) copy of a valid token is refused",
	rule: 'A token with header {"alg":"none","typ":"JWT"}, the claims of a valid login token and an empty signature is refused on GET /store/customers/me with 401: only HS256 tokens signed by the server authenticate.',
	refs: ["seed:token-in-header", "rfc8725:2.1", "asvs:9.1.2", "observed:05"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		ctx.expect.status(await me(ctx, withAlgNone(token)), 401, "the alg:none token");
	},
});
