// The results of one `npm run bench`: rows of the throughput table, the other measurements as
// lines, and the must-show verdicts; printed as they come and written whole to bench/RESULTS.md.
import type { LoadResult } from "./load.ts";

export interface Row {
	target: string;
	runs: LoadResult[];
	/** Mean req/s of the ceiling this row is compared with (undefined for the ceilings themselves). */
	ceiling?: number;
	rssMiB: number[];
	note?: string;
}

export interface Verdict {
	claim: string;
	holds: boolean;
	evidence: string;
}

export const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

export const fmt = (value: number, digits = 0): string =>
	Number.isFinite(value) ? value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "n/a";

const each = (row: Row, pick: (run: LoadResult) => string): string => row.runs.map(pick).join(" / ");

export const ratios = (row: Row): number[] => (row.ceiling ? row.runs.map((run) => run.requestsPerSecond / (row.ceiling as number)) : []);

export const tableHeader = "| target | req/s (run 1 / run 2) | p50 ms | p99 ms | ratio to ceiling | server RSS MiB | non-2xx, errors |\n|---|---|---|---|---|---|---|";

export const tableRow = (row: Row): string =>
	[
		row.target + (row.note ? ` (${row.note})` : ""),
		each(row, (run) => fmt(run.requestsPerSecond)),
		each(row, (run) => fmt(run.p50Ms, 2)),
		each(row, (run) => fmt(run.p99Ms, 2)),
		row.ceiling ? ratios(row).map((r) => `${fmt(100 * r, r < 0.01 ? 2 : 0)}%`).join(" / ") : "ceiling",
		row.rssMiB.map((v) => fmt(v)).join(" / "),
		each(row, (run) => `${run.non2xx}, ${run.errors}`),
	]
		.join(" | ")
		.replace(/^/, "| ")
		.concat(" |");

export interface Report {
	started: Date;
	command: string;
	machine: string;
	runtimes: string;
	loadGenerator: string;
	settings: string;
	rows: Row[];
	sections: Array<{ title: string; lines: string[] }>;
	verdicts: Verdict[];
	idleLog: string[];
}

export const renderMarkdown = (report: Report): string => {
	const lines = [
		"# gatecheck benchmarks",
		"",
		"Written by `npm run bench` (bench/run.ts); every number below comes from the run it describes.",
		"",
		`- date: ${report.started.toISOString()}`,
		`- machine: ${report.machine}`,
		`- runtimes: ${report.runtimes}`,
		`- command: \`${report.command}\``,
		`- load generator: ${report.loadGenerator}`,
		`- settings: ${report.settings}`,
		"",
		"## Throughput (same run, same load generator)",
		"",
		tableHeader,
		...report.rows.map(tableRow),
		"",
		"Ratios are each run's req/s over the mean of the ceiling runs of the same runtime in this sitting; the ceiling sends the",
		"reference's own answer, headers included (bench/README.md), and the me rows also give their share of the same body sent",
		"with its content type alone.",
		"RSS is the server process's VmRSS right after each run.",
		"",
	];
	for (const section of report.sections) lines.push(`## ${section.title}`, "", ...section.lines, "");
	lines.push("## Must-show", "", "| claim | holds | evidence |", "|---|---|---|");
	for (const verdict of report.verdicts) lines.push(`| ${verdict.claim} | ${verdict.holds ? "yes" : "**NO**"} | ${verdict.evidence} |`);
	lines.push("", "## Idle gate before each run", "", ...report.idleLog.map((line) => `- ${line}`), "");
	return lines.join("\n");
};
