import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectRefused } from "../flows.ts";
import { updateMe } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/me/update-needs-credentials",
	title: "Update Customer without credentials is refused with 401",
	rule: "POST /store/customers/me {first_name} with no cookie and no bearer answers 401.",
	refs: ["seed:customer-routes", "observed:09i", "observed:401-kinds"],
	tier: "observed",
	severity: "security",
	requires: [],
	async run(ctx: CheckContext) {
		expectRefused(ctx, await updateMe(ctx, { first_name: "Nobody" }), "POST /store/customers/me without credentials");
	},
});
