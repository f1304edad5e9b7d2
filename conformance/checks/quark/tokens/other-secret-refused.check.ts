import type { CheckContext } from "../../../kit/context.ts";
import { resignedWith, strangerSecret } from "../../../kit/tokens.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { PROFILE, profile } from "../flows.ts";
import { expectRefused, workingToken } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/tokens/other-secret-refused",
	title: "The same claims signed with another secret are refused",
	rule: `A token with the header and claims of a valid access token, signed HS256 with any secret other than the server's SecretKey, gets 401 on GET ${PROFILE}.`,
	refs: ["seed:401", "facts:jwt-config", "asvs:9.1.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		expectRefused(ctx, await profile(ctx, await resignedWith(token, strangerSecret())), "the access token signed with another secret");
	},
});
