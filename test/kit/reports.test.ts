// The report formats: JSON with the documented summary, JUnit that parses as XML with one test case
// per check, NDJSON with one line per check and a summary, and the console summary by area and tier.
import { describe, expect, test } from "bun:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { consoleSummary } from "../../conformance/kit/report/console.ts";
import { jsonReport } from "../../conformance/kit/report/json.ts";
import { junitReport } from "../../conformance/kit/report/junit.ts";
import { ndjsonLine, ndjsonSummary } from "../../conformance/kit/report/ndjson.ts";
import { coverageOf } from "../../conformance/kit/coverage.ts";
import { type CheckResult, type RunResult, summarise } from "../../conformance/kit/result.ts";

const result = (id: string, status: CheckResult["status"], tier: CheckResult["tier"] = "contract"): CheckResult => ({
	id,
	title: `title of ${id}`,
	rule: "a rule & <its> \"quotes\"",
	tier,
	severity: "interoperability",
	refs: ["observed:06"],
	references: ["observed:06: observed Medusa 2.21.2, case 06: the session cookie"],
	status,
	durationMs: 12,
	...(status === "skip" ? { missing: ["control-clock" as const] } : {}),
	...(status === "fail" || status === "warn" || status === "error"
		? { evidence: { message: "status: expected 401, got 200", expected: "401", actual: 200, exchanges: [], replay: `gatecheck check --only ${id} --seed 1` } }
		: {}),
});

const checks = [
	result("medusa-v2/session/a", "pass"),
	result("medusa-v2/session/b", "fail"),
	result("medusa-v2/login/c", "warn", "observed"),
	result("medusa-v2/login/d", "skip"),
	result("medusa-v2/login/e", "error"),
];
const run: RunResult = { profile: "medusa-v2", target: "http://127.0.0.1:9000", seed: 1, summary: summarise(checks, 1234), coverage: coverageOf(checks, 40), checks };

describe("reports", () => {
	test("JSON: the summary counts every status, the coverage says what ran and what was skipped for what, and each check keeps id, title, tier, severity, status and refs", () => {
		const report = JSON.parse(jsonReport(run)) as { summary: Record<string, number>; coverage: unknown; checks: CheckResult[] };
		expect(report.summary).toEqual({ pass: 1, fail: 1, warn: 1, skip: 1, error: 1, durationMs: 1234 });
		expect(report.coverage).toEqual({
			ran: 4,
			selected: 5,
			catalogue: 40,
			skippedFor: [{ capability: "control-clock", needs: "the control API with a movable clock (--control <url>, CONTROL.md)", checks: ["medusa-v2/login/d"] }],
		});
		expect(report.checks[1]).toMatchObject({ severity: "interoperability" });
		expect(report.checks[1]).toMatchObject({ id: "medusa-v2/session/b", title: "title of medusa-v2/session/b", tier: "contract", status: "fail", refs: ["observed:06"] });
	});

	test("JUnit: valid XML, a suite per area, failures, errors and skips where they belong", () => {
		const xml = junitReport(run);
		expect(XMLValidator.validate(xml)).toBe(true);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
			testsuites: { testsuite: Array<{ "@_name": string; testcase: Array<Record<string, unknown>> | Record<string, unknown> }> };
		};
		const suites = parsed.testsuites.testsuite;
		expect(suites.map((suite) => suite["@_name"]).sort()).toEqual(["medusa-v2/login", "medusa-v2/session"]);
		const cases = suites.flatMap((suite) => (Array.isArray(suite.testcase) ? suite.testcase : [suite.testcase]));
		expect(cases).toHaveLength(5);
		expect(cases.filter((c) => "failure" in c)).toHaveLength(1);
		expect(cases.filter((c) => "error" in c)).toHaveLength(1);
		expect(cases.filter((c) => "skipped" in c)).toHaveLength(2);
	});

	test("NDJSON: one parseable line per check, then the summary", () => {
		const lines = [...checks.map(ndjsonLine), ndjsonSummary(run)].join("").trimEnd().split("\n");
		expect(lines).toHaveLength(6);
		expect(JSON.parse(lines[0] ?? "")).toMatchObject({ type: "check", id: "medusa-v2/session/a", status: "pass" });
		expect(JSON.parse(lines[5] ?? "")).toMatchObject({ type: "summary", pass: 1, fail: 1, error: 1 });
	});

	test("console: evidence of each problem, counts by area and by tier, and the wall time", () => {
		const text = consoleSummary(run).replace(/\u001b\[[0-9;]*m/g, "");
		expect(text).toContain("FAIL medusa-v2/session/b");
		expect(text).toContain("replay:    gatecheck check --only medusa-v2/session/b --seed 1");
		expect(text).toContain("ref: observed:06: observed Medusa 2.21.2, case 06: the session cookie");
		expect(text).toMatch(/session\s+1 pass\s+1 fail/);
		expect(text).toMatch(/observed\s+0 pass\s+0 fail\s+1 warn/);
		expect(text).toContain("total: 1 pass, 1 fail, 1 warn, 1 skip, 1 error in 1.2 s");
		expect(text).toContain("coverage: 4 of 5 checks ran (5 selected of 40 in the catalogue)");
		expect(text).toMatch(/\n\s+1  control-clock: the control API with a movable clock \(--control <url>, CONTROL.md\)\n/);
		expect(text).not.toContain("this run checked little");
	});

	test("console: a run where fewer than half the checks ran says so outright", () => {
		const mostlySkipped = [result("medusa-v2/login/a", "pass"), result("medusa-v2/login/b", "skip"), result("medusa-v2/login/c", "skip")];
		const text = consoleSummary({ ...run, checks: mostlySkipped, summary: summarise(mostlySkipped, 5), coverage: coverageOf(mostlySkipped, 3) }).replace(/\u001b\[[0-9;]*m/g, "");
		expect(text).toContain("coverage: 1 of 3 checks ran\n");
		expect(text).toContain("this run checked little: 1 of 3 checks ran");
	});
});
