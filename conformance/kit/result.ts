// The outcome of one check, as every reporter sees it.
import type { Coverage } from "./coverage.ts";
import type { Severity, Tier } from "./define-check.ts";
import type { PropertyEvidence } from "./expect.ts";
import type { Exchange } from "./http.ts";

export type Status = "pass" | "fail" | "warn" | "skip" | "error";

export const STATUSES: readonly Status[] = ["pass", "fail", "warn", "skip", "error"];

export interface Evidence {
	message: string;
	expected?: unknown;
	actual?: unknown;
	/** Every exchange of the check, secrets redacted unless --show-secrets. */
	exchanges: Exchange[];
	/** The exchange that failed, as a curl command. */
	curl?: string;
	property?: PropertyEvidence;
	/** A gatecheck command that runs this check alone, with the same seed and path. */
	replay: string;
}

export interface CheckResult {
	id: string;
	title: string;
	rule: string;
	tier: Tier;
	severity: Severity;
	refs: string[];
	/** The refs spelled out: the quoted sentence, the recorded case or the standard's clause. */
	references: string[];
	status: Status;
	durationMs: number;
	/** For skips, and for checks failed by --require: what was missing (capabilities of the kit or of the profile). */
	missing?: string[];
	/** For fail, warn and error. */
	evidence?: Evidence;
	/** What the check found worth saying whatever its outcome (e.g. how small a timing difference it could see). */
	notes?: string[];
}

export interface RunSummary {
	pass: number;
	fail: number;
	warn: number;
	skip: number;
	error: number;
	durationMs: number;
}

export interface RunResult {
	profile: string;
	target: string;
	seed: number;
	summary: RunSummary;
	coverage: Coverage;
	checks: CheckResult[];
}

export const summarise = (checks: CheckResult[], durationMs: number): RunSummary => {
	const summary: RunSummary = { pass: 0, fail: 0, warn: 0, skip: 0, error: 0, durationMs };
	for (const check of checks) summary[check.status]++;
	return summary;
};

/** Exit code 0 only when no check failed or errored (fail already includes --strict / --hardening). */
export const exitCode = (summary: RunSummary): number => (summary.fail > 0 || summary.error > 0 ? 1 : 0);
