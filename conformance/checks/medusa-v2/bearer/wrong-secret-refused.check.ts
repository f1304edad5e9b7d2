import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me } from "../flows.ts";
import { resignedWith, strangerSecret, workingToken } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/bearer/wrong-secret-refused",
	title: "The same claims signed with another secret are refused",
	rule: "A token with the header and claims of a valid login token, signed HS256 with any secret other than the server's, is refused on GET /store/customers/me with 401.",
	refs: ["seed:token-in-header", "asvs:9.1.1", "rfc6750:3.1", "observed:05"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		ctx.expect.status(await me(ctx, await resignedWith(token, strangerSecret())), 401, "the token signed with another secret");
	},
});
