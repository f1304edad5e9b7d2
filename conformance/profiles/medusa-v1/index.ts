// The medusa-v1 kit profile: its checks (conformance/checks/medusa-v1/) and references; it needs
// nothing beyond the kit's own capabilities and target fields.
import type { KitProfile } from "../../kit/profile.ts";
import { MEDUSA_V1_REFS } from "./refs.ts";

export default {
	name: "medusa-v1",
	catalogues: ["medusa-v1"],
	refs: MEDUSA_V1_REFS,
	// Anyone may register a customer on a Medusa v1 store: POST /store/customers (seed 001's "Create a Customer").
	baseCapabilities: ["customer-registration"],
	// Observed 09f: the auth middleware's 401 for a request without credentials.
	fingerprint: { method: "GET", path: "/store/customers/me", expected: "401 Unauthorized (no credentials)", matches: ({ status }) => status === 401 },
} satisfies KitProfile;
