// The JSON report: {"summary":{pass,fail,warn,skip,error,durationMs},"checks":[{id,title,tier,status,refs,…}]}.
import type { RunResult } from "../result.ts";

export const jsonReport = (run: RunResult): string =>
	`${JSON.stringify(
		{ profile: run.profile, target: run.target, seed: run.seed, summary: run.summary, checks: run.checks },
		null,
		2,
	)}\n`;
