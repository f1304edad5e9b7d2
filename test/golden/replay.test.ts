// Golden transcripts: every case recorded from a real Medusa 2.21.2 (fixtures/medusa-v2/transcripts)
// replayed against the reference server, one bun test per case, in recorded order. The cases share
// one app and depend on each other's state, so they only make sense run together and in this order
// (bun runs the tests of one file sequentially).
//
// Summary line, counted in CASES (not exchanges): R replayed without a difference, F replayed with
// differences (or broken), S skipped whole (skips.ts); R + F + S = T.
import { afterAll, beforeAll, test } from "bun:test";
import { createReplayContext, formatMismatches, type ReplayContext, replayCase } from "./replay.ts";
import { skipReason } from "./skips.ts";
import { loadTranscripts } from "./transcripts.ts";

const transcripts = loadTranscripts();
const outcomes = new Map<string, "replayed" | "failed" | "skipped">();
let context: ReplayContext | undefined;

beforeAll(async () => {
	context = await createReplayContext(transcripts);
});

// The loops of 04i, 08a and 11 make a hundred requests each; argon2 runs with test parameters.
const CASE_TIMEOUT_MS = 30_000;

for (const transcript of transcripts) {
	const name = `${transcript.case}: ${transcript.title}`;
	const wholeSkip = skipReason(transcript.case);
	if (wholeSkip !== undefined) {
		outcomes.set(transcript.case, "skipped");
		test.skip(`${name} (skipped: ${wholeSkip})`, () => {});
		continue;
	}
	const partial = transcript.exchanges.some((_, i) => skipReason(transcript.case, i) !== undefined);
	test(
		partial ? `${name} (some exchanges skipped, see skips.ts)` : name,
		async () => {
			outcomes.set(transcript.case, "failed");
			if (!context) throw new Error("the replay context was not created");
			const { mismatches } = await replayCase(context, transcript);
			if (mismatches.length > 0) throw new Error(formatMismatches(transcript.case, mismatches));
			outcomes.set(transcript.case, "replayed");
		},
		CASE_TIMEOUT_MS,
	);
}

afterAll(() => {
	const count = (outcome: string): number => [...outcomes.values()].filter((o) => o === outcome).length;
	// A case whose test never ran (a filtered run) counts as failed: it was not shown to match.
	const failed = transcripts.length - count("replayed") - count("skipped");
	console.log(
		`golden transcripts: ${count("replayed")} replayed, ${failed} failed, ${count("skipped")} skipped of ${transcripts.length}`,
	);
});
