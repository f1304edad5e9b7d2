// How much of the catalogue a run covered (issue 16, "Severity apart from tier"): a run that
// checked little must not look like a clean pass. Skipped checks are grouped by the input that
// would have run them, each with the capability's own words, which name the flag to add.
import { CAPABILITIES, type ProfileCapabilities } from "./capabilities.ts";
import type { CheckResult } from "./result.ts";

export interface SkipGroup {
	capability: string;
	/** What it is and the flag or target field that gives it (CAPABILITIES, a profile's capabilities). */
	needs: string;
	/** The checks that wanted it (a check missing two things is in both groups). */
	checks: string[];
}

export interface Coverage {
	/** Checks that ran (passed, failed, warned or errored), not those skipped or failed by --require. */
	ran: number;
	/** Checks the selection held. */
	selected: number;
	/** Checks in the profile's whole catalogue. */
	catalogue: number;
	/** The skipped checks by what they lacked, the largest group first. */
	skippedFor: SkipGroup[];
}

/** A capability's words, the kit's own or the profile's; a name neither knows stands for itself. */
export const capabilityNeeds = (capability: string, profile: ProfileCapabilities = {}): string =>
	(CAPABILITIES as Record<string, string>)[capability] ?? profile[capability]?.description ?? capability;

export const coverageOf = (checks: readonly CheckResult[], catalogue: number, profile: ProfileCapabilities = {}): Coverage => {
	const groups = new Map<string, string[]>();
	for (const check of checks) for (const capability of check.missing ?? []) groups.set(capability, [...(groups.get(capability) ?? []), check.id]);
	return {
		ran: checks.filter((check) => check.missing === undefined).length,
		selected: checks.length,
		catalogue,
		skippedFor: [...groups]
			.map(([capability, ids]) => ({ capability, needs: capabilityNeeds(capability, profile), checks: ids }))
			.sort((a, b) => b.checks.length - a.checks.length),
	};
};
