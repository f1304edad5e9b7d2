// A/A calibration of the timing check (issue 5): the same existing account on both sides, so every
// leak it reports is a false positive. Prints the observed false-positive rate next to α.
//   bun run bench/timing-calibration.ts [--runs 100] [--argon2 owasp] [--url <server>]
// Without --url it starts the clean reference on a free port; with one it calibrates against your
// server (which must allow customer registration), on the machine the kit runs on.
import { parseArgs } from "node:util";
import { DEFAULT_RUN_OPTIONS, DEFAULT_TIMING_OPTIONS } from "../conformance/kit/config.ts";
import { runTimingCheck, startReference, waitForIdle } from "./timing-runs.ts";

const { values } = parseArgs({
	options: { runs: { type: "string", default: "100" }, argon2: { type: "string", default: "owasp" }, url: { type: "string" } },
});
const runs = Number(values.runs);
const alpha = DEFAULT_TIMING_OPTIONS.alpha;
console.log(`A/A calibration: ${runs} runs, ${DEFAULT_TIMING_OPTIONS.pairs} pairs per endpoint, α = ${alpha}, seeds ${DEFAULT_RUN_OPTIONS.seed}…${DEFAULT_RUN_OPTIONS.seed + runs - 1}`);
console.log(`waited ${await waitForIdle()} s for an idle machine`);
const reference = values.url ? undefined : await startReference([], values.argon2 ?? "owasp");
const url = values.url ?? reference?.url ?? "";
let falsePositives = 0;
let inconclusive = 0;
const started = performance.now();
try {
	for (let i = 0; i < runs; i++) {
		const run = await runTimingCheck(url, DEFAULT_RUN_OPTIONS.seed + i, { calibrate: true });
		const outcomes = [...run.outcomes.values()];
		if (outcomes.includes("leak")) {
			falsePositives++;
			console.log(`  run ${i + 1}: false positive: ${run.results.flatMap((result) => result.notes ?? []).join(" | ")}`);
		} else if (outcomes.includes("inconclusive")) inconclusive++;
		if ((i + 1) % 10 === 0) console.log(`  ${i + 1} runs: ${falsePositives} false positives, ${inconclusive} inconclusive`);
	}
} finally {
	await reference?.stop();
}
console.log(
	`observed false-positive rate: ${(falsePositives / runs).toFixed(3)} (${falsePositives} of ${runs} runs) at α = ${alpha}; ${inconclusive} inconclusive; ${((performance.now() - started) / 1000).toFixed(0)} s against ${values.url ?? `the clean reference (argon2 ${values.argon2})`}`,
);
