// The profiles the kit can check, one line each: name → its folder (conformance/profiles/<name>/).
// The first is the default of `gatecheck check`.
import type { KitProfiles } from "../kit/profile.ts";

export const KIT_PROFILES = {
	"medusa-v2": (await import("./medusa-v2/index.ts")).default,
	carphacom: (await import("./carphacom/index.ts")).default,
	"medusa-v1": (await import("./medusa-v1/index.ts")).default,
	quark: (await import("./quark/index.ts")).default,
} satisfies KitProfiles;
