// The JSON report: {"summary":{pass,fail,warn,skip,error,durationMs},"coverage":{ran,selected,catalogue,skippedFor},
// "checks":[{id,title,tier,severity,status,refs,…}]}.
import type { RunResult } from "../result.ts";

export const jsonReport = (run: RunResult): string =>
	`${JSON.stringify(
		{ profile: run.profile, target: run.target, seed: run.seed, summary: run.summary, coverage: run.coverage, checks: run.checks },
		null,
		2,
	)}\n`;
