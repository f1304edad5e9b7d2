// One JSON line per finished check, then one summary line: for streaming into other tools.
import type { CheckResult, RunResult } from "../result.ts";

export const ndjsonLine = (result: CheckResult): string => `${JSON.stringify({ type: "check", ...result })}\n`;

export const ndjsonSummary = (run: RunResult): string =>
	`${JSON.stringify({ type: "summary", profile: run.profile, target: run.target, seed: run.seed, ...run.summary, coverage: run.coverage })}\n`;
