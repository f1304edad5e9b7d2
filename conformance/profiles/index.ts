// The profiles the kit can check, with what every target of that profile offers.
import type { Capability } from "../src/capabilities.ts";
import type { Reference } from "../src/references.ts";
import { MEDUSA_V2_REFS } from "./medusa-v2.ts";

export interface KitProfile {
	name: string;
	refs: Record<string, Reference>;
	/** Capabilities every conforming target has (the contract itself provides them). */
	baseCapabilities: Capability[];
}

export const KIT_PROFILES: Record<string, KitProfile> = {
	"medusa-v2": { name: "medusa-v2", refs: MEDUSA_V2_REFS, baseCapabilities: ["customer-registration"] },
};
