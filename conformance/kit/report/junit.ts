// JUnit XML for CI systems: one test suite per area (profile/area), one test case per check;
// fail and error become <failure>/<error>, skip and warn become <skipped> with the reason.
import junit from "junit-report-builder";
import type { RunResult } from "../result.ts";
import { describeEvidence } from "./evidence-text.ts";

export const junitReport = (run: RunResult): string => {
	const builder = junit.newBuilder();
	const suites = new Map<string, ReturnType<typeof builder.testSuite>>();
	for (const check of run.checks) {
		const area = check.id.split("/").slice(0, 2).join("/");
		let suite = suites.get(area);
		if (!suite) {
			suite = builder.testSuite().name(area);
			suites.set(area, suite);
		}
		const testCase = suite.testCase().className(area).name(`${check.id}: ${check.title}`).time(check.durationMs / 1000);
		const text = check.evidence ? describeEvidence(check) : "";
		if (check.status === "fail") testCase.failure(check.evidence?.message ?? "failed").standardOutput(text);
		else if (check.status === "error") testCase.error(check.evidence?.message ?? "error").standardOutput(text);
		else if (check.status === "skip") testCase.skipped().standardOutput(`needs: ${check.missing?.join(", ")}`);
		else if (check.status === "warn") testCase.skipped().standardOutput(`warning (${check.tier} tier, ${check.severity}): ${text}`);
	}
	return builder.build();
};
