// The registry: every profile `gatecheck serve` knows, one line each; the first is the default.
import type { Profile } from "./profile.ts";

export const PROFILES: Readonly<Record<string, () => Promise<Profile>>> = {
	"medusa-v2": async () => (await import("./medusa-v2/index.ts")).default,
	carphacom: async () => (await import("./carphacom/index.ts")).default,
	"medusa-v1": async () => (await import("./medusa-v1/index.ts")).default,
	quark: async () => (await import("./quark/index.ts")).default,
};

export const PROFILE_NAMES: readonly string[] = Object.keys(PROFILES);

export const DEFAULT_PROFILE = PROFILE_NAMES[0] as string;

/** The profile of that name, or undefined when the registry has none. */
export const findProfile = async (name: string): Promise<Profile | undefined> =>
	Object.hasOwn(PROFILES, name) ? PROFILES[name]?.() : undefined;
