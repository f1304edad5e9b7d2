import type { CheckContext } from "../../../kit/context.ts";
import { resignedWith, strangerSecret } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectRefused, me } from "../flows.ts";
import { workingToken } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/wrong-secret-refused",
	title: "The same claims signed with another secret are refused",
	rule: "A token with the header and claims of a valid access_token, signed HS256 with any secret other than the server's, is refused on GET /store/customers/me with 401.",
	refs: ["seed:bearer", "observed:09c", "asvs:9.1.1", "rfc6750:3.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		expectRefused(ctx, await me(ctx, { bearer: await resignedWith(token, strangerSecret()) }), "the token signed with another secret");
	},
});
