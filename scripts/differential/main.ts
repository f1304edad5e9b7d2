// `bun run scripts/differential/main.ts --a <url> --b <url> --key-a <pk> --key-b <pk> …`: the
// differential tool's command line (docs/DIFFERENTIAL.md). Progress goes to stderr, the summary to
// stdout, the whole report to --out.
import { writeFileSync } from "node:fs";
import { type CliOptions, parseCli, type ServerOptions, USAGE, UsageError } from "./cli-options.ts";
import type { ServerTarget } from "./executor.ts";
import { formatSummary } from "./report.ts";
import { controlOutbox, type ResetMail, resetLog } from "./reset-mail.ts";
import { runDifferential } from "./run.ts";

const REACH_TIMEOUT_MS = 5_000;

class Unreachable extends Error {}

const resetMailOf = async (name: string, options: ServerOptions): Promise<ResetMail | undefined> => {
	if (options.resetLog) return resetLog(options.resetLog);
	if (!options.controlUrl) return undefined;
	try {
		return await controlOutbox(options.controlUrl);
	} catch (error) {
		throw new Unreachable(`cannot read ${name}'s control API at ${options.controlUrl}: ${(error as Error).message}`);
	}
};

const target = async (name: string, options: ServerOptions): Promise<ServerTarget> => {
	try {
		// Any answer will do: the point is to stop before a run of "no answer" exchanges.
		await fetch(`${options.baseUrl}/`, { signal: AbortSignal.timeout(REACH_TIMEOUT_MS) });
	} catch (error) {
		throw new Unreachable(`cannot reach ${name} at ${options.baseUrl}: ${(error as Error).message}`);
	}
	const resetMail = await resetMailOf(name, options);
	return {
		baseUrl: options.baseUrl,
		publishableKey: options.publishableKey,
		...(options.admin ? { admin: options.admin } : {}),
		...(resetMail ? { resetMail } : {}),
	};
};

/** On a terminal, one line rewritten; in a log, about ten lines per run. */
const progress = (done: number, total: number): void => {
	if (process.stderr.isTTY) process.stderr.write(`\rprograms ${done}/${total}${done === total ? "\n" : ""}`);
	else if (done === total || done % Math.max(1, Math.round(total / 10)) === 0) process.stderr.write(`programs ${done}/${total}\n`);
};

const main = async (): Promise<number> => {
	let options: CliOptions | undefined;
	try {
		options = parseCli(process.argv.slice(2), Date.now().toString(36));
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`differential: ${error.message} (see --help)`);
		return 2;
	}
	if (!options) {
		console.log(USAGE);
		return 0;
	}
	try {
		const [a, b] = await Promise.all([target("A", options.a), target("B", options.b)]);
		process.stderr.write(`seed ${options.seed}, tag ${options.tag}, ${options.runs} programs\n`);
		const report = await runDifferential({ a, b, runs: options.runs, seed: options.seed, tag: options.tag, onProgress: progress });
		console.log(formatSummary(report));
		if (options.out) {
			writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
			console.log(`\nfull report: ${options.out}`);
		}
		return 0;
	} catch (error) {
		if (!(error instanceof Unreachable)) throw error;
		console.error(`differential: ${error.message}`);
		return 1;
	}
};

process.exit(await main());
