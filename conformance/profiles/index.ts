// The profiles the kit can check, with what every target of that profile offers.
import type { Capability } from "../kit/capabilities.ts";
import type { Reference } from "../kit/references.ts";
import { CARPHACOM_REFS } from "./carphacom.ts";
import { MEDUSA_V2_REFS } from "./medusa-v2.ts";

export interface KitProfile {
	name: string;
	/** Every profile whose checks this one runs: itself first, then the contracts it extends. */
	catalogues: string[];
	refs: Record<string, Reference>;
	/** Capabilities every conforming target has (the contract itself provides them). */
	baseCapabilities: Capability[];
}

export const KIT_PROFILES: Record<string, KitProfile> = {
	"medusa-v2": { name: "medusa-v2", catalogues: ["medusa-v2"], refs: MEDUSA_V2_REFS, baseCapabilities: ["customer-registration"] },
	// "CarphaCom … is a Medusa v2 shop": every medusa-v2 rule holds there too (contracts README).
	carphacom: {
		name: "carphacom",
		catalogues: ["carphacom", "medusa-v2"],
		refs: { ...MEDUSA_V2_REFS, ...CARPHACOM_REFS },
		baseCapabilities: ["customer-registration"],
	},
};
