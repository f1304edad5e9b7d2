import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { PROFILE } from "../flows.ts";
import { expectClaimRefused } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/tokens/issuer-enforced",
	title: "A token from another issuer is refused, even signed with the server's key",
	rule: `A login's access token re-signed HS256 with the server's secret authenticates GET ${PROFILE}; the same claims with iss "SomeOtherIssuer" get 401.`,
	refs: ["facts:jwt-config", "seed:401", "rfc8725:3.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration", "jwt-secret"],
	run: (ctx: CheckContext) => expectClaimRefused(ctx, "iss", "SomeOtherIssuer"),
});
