// Issue 5's must-show: the timing check against the reference with a timing defect finds a leak in
// at least 19 of 20 runs, and against the clean reference in at most 1 of 20, at α = 0.01.
//   bun run bench/timing-detection.ts [--runs 20] [--argon2 owasp]
// Each run samples both endpoints (login with a wrong password, reset-password) with the default
// plan, over a real port; the seed changes from run to run so that the request order does too.
import { parseArgs } from "node:util";
import { DEFAULT_RUN_OPTIONS, DEFAULT_TIMING_OPTIONS } from "../conformance/kit/config.ts";
import { runTimingCheck, startReference, waitForIdle } from "./timing-runs.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" }, argon2: { type: "string", default: "owasp" } } });
const runs = Number(values.runs);
const SERVERS: Array<{ name: string; defects: string[]; expectLeak: boolean }> = [
	{ name: "--defect login-timing-leak", defects: ["login-timing-leak"], expectLeak: true },
	{ name: "--defect reset-timing-leak", defects: ["reset-timing-leak"], expectLeak: true },
	{ name: "clean reference", defects: [], expectLeak: false },
];

console.log(`timing detection: ${runs} runs per server, argon2 ${values.argon2}, ${DEFAULT_TIMING_OPTIONS.pairs} pairs per endpoint after ${DEFAULT_TIMING_OPTIONS.warmup} warm-up, α = ${DEFAULT_TIMING_OPTIONS.alpha}, seeds ${DEFAULT_RUN_OPTIONS.seed}…${DEFAULT_RUN_OPTIONS.seed + runs - 1}`);
console.log(`waited ${await waitForIdle()} s for an idle machine`);
const lines: string[] = [];
for (const server of SERVERS) {
	const reference = await startReference(server.defects, values.argon2 ?? "owasp");
	try {
		let leaks = 0;
		let inconclusive = 0;
		let slowest = 0;
		for (let i = 0; i < runs; i++) {
			const run = await runTimingCheck(reference.url, DEFAULT_RUN_OPTIONS.seed + i);
			const outcomes = [...run.outcomes.values()];
			if (outcomes.includes("leak")) leaks++;
			else if (outcomes.includes("inconclusive")) inconclusive++;
			slowest = Math.max(slowest, run.seconds);
			process.stdout.write(`  ${server.name} run ${i + 1}: ${[...run.outcomes].map(([endpoint, outcome]) => `${endpoint.split("/").at(-1)} ${outcome}`).join(", ")} (${run.seconds.toFixed(1)} s)\n`);
		}
		const verdict = server.expectLeak ? (leaks >= Math.ceil(runs * 0.95) ? "ok" : "NOT MET") : leaks <= Math.floor(runs * 0.05) ? "ok" : "NOT MET";
		lines.push(`${server.name.padEnd(28)} leak in ${leaks} of ${runs} runs, inconclusive in ${inconclusive}; slowest run ${slowest.toFixed(1)} s (both endpoints)  [${verdict}]`);
	} finally {
		await reference.stop();
	}
}
console.log(lines.join("\n"));
