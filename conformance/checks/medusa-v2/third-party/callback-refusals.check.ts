import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { callback, expectRefusal, NO_STATE } from "./support.ts";

/** A well-formed state no server issued. */
const NEVER_ISSUED = "0123456789abcdef".repeat(4);

export default defineMedusaV2Check({
	id: "medusa-v2/third-party/callback-refusals",
	title: "The callback refuses an error, a missing code and a missing or unknown state, in that order",
	rule: 'GET /auth/customer/{provider}/callback → 401 {"type":"unauthorized"} with: "<error_description>, read more at: <error_uri>" for ?error=…; "No code provided" without code; "No state provided, or session expired" with a code and no state or a state the server never issued.',
	refs: ["seed:callback-route", "observed:35"],
	tier: "observed",
	severity: "interoperability",
	requires: ["oauth-provider"],
	async run(ctx: CheckContext) {
		const error = "?error=access_denied&error_description=Denied&error_uri=http://x.example/doc";
		expectRefusal(ctx, await callback(ctx, error), "Denied, read more at: http://x.example/doc", "callback with ?error=");
		expectRefusal(ctx, await callback(ctx, ""), "No code provided", "callback with nothing");
		expectRefusal(ctx, await callback(ctx, "?code=gatecheck-code"), NO_STATE, "callback with a code and no state");
		expectRefusal(ctx, await callback(ctx, `?code=gatecheck-code&state=${NEVER_ISSUED}`), NO_STATE, "callback with a state never issued");
	},
});
