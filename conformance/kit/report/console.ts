// The console reporter: one line per check as it ends, then every failure with its evidence, and
// a summary by area and by tier with the wall time.
import pc from "picocolors";
import type { Coverage } from "../coverage.ts";
import type { CheckResult, RunResult, Status } from "../result.ts";
import { STATUSES } from "../result.ts";
import { describeEvidence } from "./evidence-text.ts";

const PAINT: Record<Status, (text: string) => string> = {
	pass: pc.green,
	fail: pc.red,
	warn: pc.yellow,
	skip: pc.dim,
	error: pc.magenta,
};

export const progressLine = (result: CheckResult, done: number, total: number): string => {
	const width = String(total).length;
	const why = result.status === "skip" ? pc.dim(` (needs ${result.missing?.join(", ")})`) : "";
	const notes = (result.notes ?? []).map((note) => pc.dim(`${" ".repeat(2 * width + 10)}${note}\n`)).join("");
	return `[${String(done).padStart(width)}/${total}] ${PAINT[result.status](result.status.padEnd(5))} ${result.id}${why}\n${notes}`;
};

/** A check has started a long wait on purpose (--allow-slow, a Retry-After). */
export const progressWait = (checkId: string, ms: number): string => pc.dim(`        … ${checkId} waits ${(ms / 1000).toFixed(0)} s\n`);

/** A check is about to start long work and says what (ctx.announce). */
export const progressAnnouncement = (checkId: string, text: string): string => pc.dim(`        … ${checkId}: ${text}\n`);

const countLine = (label: string, results: CheckResult[]): string => {
	const counts = STATUSES.map((status) => {
		const n = results.filter((result) => result.status === status).length;
		return n === 0 ? pc.dim(`${n} ${status}`) : PAINT[status](`${n} ${status}`);
	});
	return `  ${label.padEnd(28)} ${counts.join("  ")}\n`;
};

const groupBy = (results: CheckResult[], key: (result: CheckResult) => string): Map<string, CheckResult[]> => {
	const groups = new Map<string, CheckResult[]>();
	for (const result of results) groups.set(key(result), [...(groups.get(key(result)) ?? []), result]);
	return groups;
};

/** Below this share of the selection run, the summary says outright that the run checked little. */
const LITTLE = 0.5;

/** How much ran, and for each input the run lacked, how many checks it would have run. */
const coverageLines = (coverage: Coverage): string => {
	const share = coverage.selected === 0 ? 0 : coverage.ran / coverage.selected;
	const of = coverage.selected === coverage.catalogue ? "" : ` (${coverage.selected} selected of ${coverage.catalogue} in the catalogue)`;
	let out = `coverage: ${coverage.ran} of ${coverage.selected} checks ran${of}\n`;
	if (coverage.skippedFor.length === 0) return out;
	out += "not run for want of (add these to run them, or --require <capability> to fail on their absence):\n";
	for (const group of coverage.skippedFor) out += `  ${String(group.checks.length).padStart(4)}  ${group.capability}: ${group.needs}\n`;
	if (share < LITTLE) out += pc.yellow(pc.bold(`this run checked little: ${coverage.ran} of ${coverage.selected} checks ran, so a clean result says little\n`));
	return out;
};

export const consoleSummary = (run: RunResult): string => {
	let out = "";
	const problems = run.checks.filter((check) => check.status === "fail" || check.status === "error" || check.status === "warn");
	for (const check of problems)
		out += `\n${PAINT[check.status](`${check.status.toUpperCase()} ${check.id}`)} (${check.tier}, ${check.severity}): ${check.title}\n${describeEvidence(check, "  ")}\n`;
	out += `\n${pc.bold(`gatecheck ${run.profile} against ${run.target}`)} (seed ${run.seed})\n`;
	out += "by area:\n";
	for (const [area, results] of groupBy(run.checks, (check) => check.id.split("/")[1] ?? "")) out += countLine(area, results);
	out += "by tier:\n";
	for (const [tier, results] of groupBy(run.checks, (check) => check.tier)) out += countLine(tier, results);
	out += coverageLines(run.coverage);
	const { summary } = run;
	out += `${pc.bold("total:")} ${STATUSES.map((status) => `${summary[status]} ${status}`).join(", ")} in ${(summary.durationMs / 1000).toFixed(1)} s\n`;
	return out;
};
