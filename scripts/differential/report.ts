// Exchanges as records, the records grouped into difference classes (method + route + kind of
// difference), and the summary people read. Differences are results: the report never fails a run.
import type { Mismatch } from "../../test/golden/normalise.ts";
import { comparedHeaders, differenceKind } from "./comparison.ts";
import type { Captured } from "./executor.ts";
import type { Step } from "./steps.ts";

export interface ResponseView {
	status: number;
	headers: Record<string, string>;
	setCookies: string[];
	body: string;
}

export interface ExchangeRecord {
	program: number;
	step: number;
	label: string;
	method: string;
	route: string;
	/** The request both servers got, each server's own values written as placeholders. */
	request: string;
	a: ResponseView;
	b: ResponseView;
	mismatches: Mismatch[];
	/** Placeholders a server had no value for: the exchange follows an earlier difference. */
	unresolved: { a: string[]; b: string[] };
	/** The difference class; absent when both answers agree. */
	difference?: string;
}

export interface DifferenceClass {
	key: string;
	count: number;
	example: ExchangeRecord;
}

export interface RunFacts {
	seed: number;
	tag: string;
	a: string;
	b: string;
	programs: number;
}

export interface DifferentialReport extends RunFacts {
	exchanges: number;
	agreeing: number;
	/** Percent of exchanges whose answers agree after normalisation. */
	agreementRate: number;
	/** Largest first. */
	classes: DifferenceClass[];
	records: ExchangeRecord[];
}

/** Longer bodies are cut in the JSON report too: admin lists can be long and say nothing more. */
const BODY_LIMIT = 4_000;

const cut = (text: string, limit: number): string => (text.length > limit ? `${text.slice(0, limit)}… (${text.length} chars)` : text);

const view = (captured: Captured): ResponseView => ({
	status: captured.status,
	headers: Object.fromEntries(comparedHeaders(captured.headers)),
	setCookies: captured.headers.getSetCookie(),
	body: cut(captured.bodyText, BODY_LIMIT),
});

const requestText = ({ request }: Step): string => {
	const body = request.body === undefined ? "" : "raw" in request.body ? request.body.raw : JSON.stringify(request.body.json);
	const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`);
	return [`${request.method} ${request.path}`, ...headers, ...(body ? ["", body] : [])].join("\n");
};

export const toRecord = (program: number, index: number, step: Step, a: Captured, b: Captured, mismatches: Mismatch[]): ExchangeRecord => {
	const unresolved = { a: a.unresolved, b: b.unresolved };
	const record: ExchangeRecord = {
		program,
		step: index,
		label: step.label,
		method: step.request.method,
		route: step.route,
		request: requestText(step),
		a: view(a),
		b: view(b),
		mismatches,
		unresolved,
	};
	if (mismatches.length === 0) return record;
	// A request one server got with a value the other had is not the same request: say so in the class.
	const follows = unresolved.a.join() !== unresolved.b.join() ? " (after an earlier difference)" : "";
	return { ...record, difference: `${record.method} ${record.route} ${differenceKind(a, b, mismatches)}${follows}` };
};

export const buildReport = (facts: RunFacts, records: ExchangeRecord[]): DifferentialReport => {
	const classes = new Map<string, DifferenceClass>();
	for (const record of records) {
		if (record.difference === undefined) continue;
		const known = classes.get(record.difference);
		if (known) known.count += 1;
		else classes.set(record.difference, { key: record.difference, count: 1, example: record });
	}
	const agreeing = records.filter((record) => record.difference === undefined).length;
	return {
		...facts,
		exchanges: records.length,
		agreeing,
		agreementRate: records.length === 0 ? 100 : Math.round((agreeing / records.length) * 1000) / 10,
		classes: [...classes.values()].sort((x, y) => y.count - x.count || x.key.localeCompare(y.key)),
		records,
	};
};

const SHOWN = 240;
const oneLine = (text: string): string => cut(text.replace(/\n\n/, "  ").replace(/\n/g, "; "), SHOWN);
const answer = (response: ResponseView): string => oneLine(`${response.status} ${response.headers["content-type"] ?? ""} ${response.body}`);

export const formatSummary = (report: DifferentialReport): string => {
	const differing = report.exchanges - report.agreeing;
	const lines = [
		`A ${report.a}  vs  B ${report.b}`,
		`seed ${report.seed}, tag ${report.tag}: ${report.programs} programs, ${report.exchanges} exchanges`,
		`agreeing: ${report.agreeing} (${report.agreementRate} %); differing: ${differing} in ${report.classes.length} classes`,
	];
	for (const { key, count, example } of report.classes) {
		const first = example.mismatches[0];
		lines.push(
			"",
			`${String(count).padStart(4)}×  ${key}`,
			`       e.g. program ${example.program} step ${example.step}: ${example.label}`,
			`       request: ${oneLine(example.request)}`,
			`       A: ${answer(example.a)}`,
			`       B: ${answer(example.b)}`,
			...(first ? [`       first difference at ${first.where}: ${oneLine(cut(first.expected, 120))} ≠ ${oneLine(cut(first.actual, 120))}`] : []),
		);
	}
	return lines.join("\n");
};
