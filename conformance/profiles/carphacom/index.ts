// The carphacom kit profile. "CarphaCom … is a Medusa v2 shop": every medusa-v2 rule holds there
// too (contracts README), so it extends that profile with its own checks, references, the support
// user's target field and the capability it gives, beside medusa-v2's.
import type { KitProfile } from "../../kit/profile.ts";
import medusaV2 from "../medusa-v2/index.ts";
import { CARPHACOM_CAPABILITIES } from "./capabilities.ts";
import { CARPHACOM_REFS } from "./refs.ts";
import { CARPHACOM_TARGET_FIELDS } from "./target.ts";

export default {
	name: "carphacom",
	catalogues: ["carphacom", ...medusaV2.catalogues],
	refs: { ...medusaV2.refs, ...CARPHACOM_REFS },
	baseCapabilities: medusaV2.baseCapabilities,
	capabilities: { ...medusaV2.capabilities, ...CARPHACOM_CAPABILITIES },
	targetFields: { ...medusaV2.targetFields, ...CARPHACOM_TARGET_FIELDS },
	fingerprint: medusaV2.fingerprint,
} satisfies KitProfile;
