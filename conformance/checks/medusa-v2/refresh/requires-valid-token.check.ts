import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { resignedWith, strangerSecret, workingToken } from "../bearer/support.ts";
import { expectRefused } from "../register/support.ts";
import { refresh } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/refresh/requires-valid-token",
	title: "Refresh needs a token the server issued",
	rule: "POST /auth/token/refresh without a token, with a garbage token, or with a real token's claims signed with another secret answers a 4xx error and no token: refresh only renews a JWT the server itself issued.",
	refs: ["seed:refresh-route", "rfc6750:3.1", "asvs:9.1.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		expectRefused(ctx, await refresh(ctx), "refresh without a token");
		expectRefused(ctx, await refresh(ctx, "not-a-token"), "refresh with a garbage token");
		expectRefused(ctx, await refresh(ctx, await resignedWith(token, strangerSecret())), "refresh with a token signed with another secret");
	},
});
