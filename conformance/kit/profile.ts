// A kit profile: everything the kit knows about one contract. Each lives in its own folder,
// conformance/profiles/<name>/, and the registry (conformance/profiles/index.ts) lists them; one
// that is not listed works all the same when given to runChecks (fromProfile) or checkCommand.
import type { Capability, ProfileCapabilities } from "./capabilities.ts";
import type { TargetFields } from "./config.ts";
import type { Fingerprint } from "./preflight.ts";
import type { Reference } from "./references.ts";
import type { RunRequest } from "./runner.ts";

export interface KitProfile {
	name: string;
	/** Every checks folder this profile runs (loadCatalogue): its own first, then those of the contracts it extends. */
	catalogues: string[];
	/** Every reference its checks cite, by key. */
	refs: Readonly<Record<string, Reference>>;
	/** Capabilities every conforming target has (the contract itself provides them). */
	baseCapabilities: Capability[];
	/** Capabilities only this profile's checks need, with how a run finds out it has them. */
	capabilities?: ProfileCapabilities;
	/** Target fields only this profile reads, with the flags that set them. */
	targetFields?: TargetFields;
	/** The request whose answer tells a server of this contract from anything else, for the preflight. */
	fingerprint: Fingerprint;
}

/** Profiles by name, as the registry lists them; for `gatecheck check`, the first is the default. */
export type KitProfiles = Readonly<Record<string, KitProfile>>;

export type ProfileRequest = Pick<RunRequest, "profile" | "references" | "baseCapabilities" | "capabilities" | "targetFields">;

/** What runChecks needs to know about the profile, to spread into its request. */
export const fromProfile = (profile: KitProfile): ProfileRequest => ({
	profile: profile.name,
	references: profile.refs,
	baseCapabilities: profile.baseCapabilities,
	capabilities: profile.capabilities,
	targetFields: profile.targetFields,
});
