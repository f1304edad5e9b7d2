// The check format (DESIGN.md, "Checks"): a stable id equal to the file's path, the rule it
// enforces in one sentence, where that rule comes from, its tier, what it needs, and `run`.
import type { Capability } from "./capabilities.ts";
import type { CheckContext } from "./context.ts";

export type Tier = "contract" | "observed" | "hardening";

export const TIERS: readonly Tier[] = ["contract", "observed", "hardening"];

/**
 * What a miss costs, apart from where the rule comes from (the tier):
 * - security: an attacker gains something (an account, a token, a secret, knowledge of who has an
 *   account, unthrottled guessing);
 * - interoperability: a client written to the contract breaks or misbehaves (a status, a shape,
 *   a header, a lifetime it relies on);
 * - cosmetic: a difference no correct client depends on (a message's words, a header's order).
 */
export type Severity = "security" | "interoperability" | "cosmetic";

export interface Check<Ref extends string = string, Need extends string = string> {
	/** `<profile>/<area>/<slug>`, the file's path in its checks folder's parent (loadCatalogue); never renumbered. */
	id: string;
	title: string;
	/** The rule, stated so that an implementer can act on it. */
	rule: string;
	/** Keys of the profile's reference table. */
	refs: readonly Ref[];
	tier: Tier;
	/** What a miss costs: a security miss fails the run whatever its tier (runner.ts, outcomeOf). */
	severity: Severity;
	/** The kit's capabilities (capabilities.ts) and, through checkDefinerFor, the profile's own. */
	requires: readonly Need[];
	/**
	 * Ids of checks of the contracts this profile extends that this check stands in for: a catalogue
	 * holding both runs only this one (e.g. a timing check that times the extended contract's
	 * endpoints and the profile's own as one family).
	 */
	supersedes?: readonly string[];
	/** Runs with no other check at the same time, after the others (timing measurements need a quiet target). */
	exclusive?: boolean;
	run(ctx: CheckContext): Promise<void>;
}

const ID = /^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/;

const validated = <Ref extends string, Need extends string>(check: Check<Ref, Need>): Check<Ref, Need> => {
	if (!ID.test(check.id)) throw new Error(`check id "${check.id}" must look like profile/area/slug`);
	if (check.refs.length === 0) throw new Error(`check ${check.id} cites no reference`);
	return check;
};

/** A check needing only the kit's capabilities, validated as it is defined; a profile's checks use its checkDefinerFor. */
export const defineCheck = <Ref extends string>(check: Check<Ref, Capability>): Check<Ref, Capability> => validated(check);

/** defineCheck with refs typed to one profile's reference table, and `requires` to the kit's capabilities and the profile's. */
export const checkDefinerFor =
	<Ref extends string, Need extends string = Capability>() =>
	(check: Check<Ref, Need>): Check<Ref, Need> =>
		validated(check);
