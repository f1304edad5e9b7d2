// The medusa-v2 kit profile: its checks (conformance/checks/medusa-v2/) and references, and the
// third-party login's target fields and the capabilities they give.
import type { KitProfile } from "../../kit/profile.ts";
import { MEDUSA_V2_CAPABILITIES } from "./capabilities.ts";
import { MEDUSA_V2_REFS } from "./refs.ts";
import { MEDUSA_V2_TARGET_FIELDS } from "./target.ts";

export default {
	name: "medusa-v2",
	catalogues: ["medusa-v2"],
	refs: MEDUSA_V2_REFS,
	// Anyone may register a customer on a Medusa v2 store (seed:register-route).
	baseCapabilities: ["customer-registration"],
	capabilities: MEDUSA_V2_CAPABILITIES,
	targetFields: MEDUSA_V2_TARGET_FIELDS,
	// Observed 05l: with neither token nor key, /store/* answers 400 not_allowed before anything else.
	fingerprint: {
		method: "GET",
		path: "/store/customers/me",
		expected: `400 {"type":"not_allowed",…} (no publishable key)`,
		matches: ({ status, body }) => status === 400 && /"type"\s*:\s*"not_allowed"/.test(body),
	},
} satisfies KitProfile;
