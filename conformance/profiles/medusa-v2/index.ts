// The medusa-v2 kit profile: its checks (conformance/checks/medusa-v2/) and references; it needs
// nothing beyond the kit's own capabilities and target fields.
import type { KitProfile } from "../../kit/profile.ts";
import { MEDUSA_V2_REFS } from "./refs.ts";

export default {
	name: "medusa-v2",
	catalogues: ["medusa-v2"],
	refs: MEDUSA_V2_REFS,
	// Anyone may register a customer on a Medusa v2 store (seed:register-route).
	baseCapabilities: ["customer-registration"],
} satisfies KitProfile;
