// A differential run: generate the programs, run each on both servers step by step, compare every
// exchange, and build the report. Programs run one after another and each step goes to both
// servers at once: that keeps the load on a shared server low and both servers' clocks within the
// comparison's tolerance of each other (dates and iat are compared to ±5 s).
import { Bindings } from "../../test/golden/bindings.ts";
import { compareExchange } from "./comparison.ts";
import { type ServerTarget, ProgramExecutor } from "./executor.ts";
import { generatePrograms } from "./generator.ts";
import { buildReport, type DifferentialReport, type ExchangeRecord, toRecord } from "./report.ts";

export interface DifferentialConfig {
	a: ServerTarget;
	b: ServerTarget;
	runs: number;
	seed: number;
	tag: string;
	onProgress?: (done: number, total: number) => void;
}

export const runDifferential = async (config: DifferentialConfig): Promise<DifferentialReport> => {
	const { a, b, runs, seed, tag } = config;
	const programs = generatePrograms({
		seed,
		runs,
		tag,
		admin: a.admin !== undefined && b.admin !== undefined,
		resetMail: a.resetMail !== undefined && b.resetMail !== undefined,
	});
	// One set of bindings for the run: an id of A stands for the same id of B in every program. The
	// key and the admin's e-mail may be named in a message; they stand for B's own.
	const literals: Array<[string, string]> = [[a.publishableKey, b.publishableKey]];
	if (a.admin && b.admin) literals.push([a.admin.email, b.admin.email]);
	const bindings = new Bindings([], literals);
	const records: ExchangeRecord[] = [];
	for (const program of programs) {
		const onA = new ProgramExecutor(a);
		const onB = new ProgramExecutor(b);
		for (const [index, step] of program.steps.entries()) {
			const [fromA, fromB] = await Promise.all([onA.run(step, index), onB.run(step, index)]);
			records.push(toRecord(program.index, index, step, fromA, fromB, compareExchange(bindings, fromA, fromB)));
		}
		config.onProgress?.(program.index + 1, programs.length);
	}
	return buildReport({ seed, tag, a: a.baseUrl, b: b.baseUrl, programs: programs.length }, records);
};
