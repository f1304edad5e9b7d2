// The check format (DESIGN.md, "Checks"): a stable id equal to the file's path, the rule it
// enforces in one sentence, where that rule comes from, its tier, what it needs, and `run`.
import type { Capability } from "./capabilities.ts";
import type { CheckContext } from "./context.ts";

export type Tier = "contract" | "observed" | "hardening";

export const TIERS: readonly Tier[] = ["contract", "observed", "hardening"];

export interface Check<Ref extends string = string> {
	/** `<profile>/<area>/<slug>`, the path of the file under conformance/checks; never renumbered. */
	id: string;
	title: string;
	/** The rule, stated so that an implementer can act on it. */
	rule: string;
	/** Keys of the profile's reference table. */
	refs: readonly Ref[];
	tier: Tier;
	requires: readonly Capability[];
	/**
	 * Ids of checks of the contracts this profile extends that this check stands in for: a catalogue
	 * holding both runs only this one (carphacom's timing check times medusa-v2's endpoints and the
	 * panel's login as one family).
	 */
	supersedes?: readonly string[];
	/** Runs with no other check at the same time, after the others (timing measurements need a quiet target). */
	exclusive?: boolean;
	run(ctx: CheckContext): Promise<void>;
}

const ID = /^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/;

/** A check, validated as it is defined; use the profile's typed variant (e.g. defineMedusaV2Check). */
export const defineCheck = <Ref extends string>(check: Check<Ref>): Check<Ref> => {
	if (!ID.test(check.id)) throw new Error(`check id "${check.id}" must look like profile/area/slug`);
	if (check.refs.length === 0) throw new Error(`check ${check.id} cites no reference`);
	return check;
};

/** defineCheck with refs typed to one profile's reference table. */
export const checkDefinerFor =
	<Ref extends string>() =>
	(check: Check<Ref>): Check<Ref> =>
		defineCheck(check);
