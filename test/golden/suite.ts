// Golden transcripts: every case recorded from a real upstream server (fixtures/<profile>/transcripts)
// replayed against the reference, one bun test per case, in recorded order. The cases share one app
// and depend on each other's state, so they only make sense run together and in this order (bun runs
// the tests of one file sequentially).
//
// Summary line, counted in CASES (not exchanges): R replayed without a difference, F replayed with
// differences (or broken), S skipped whole (the profile's skips); R + F + S = T.
import { afterAll, beforeAll, test } from "bun:test";
import { type GoldenProfile, skipReason } from "./profile.ts";
import { createReplayContext, formatMismatches, type ReplayContext, replayCase } from "./replay.ts";
import { loadTranscripts } from "./transcripts.ts";

// The loops of the timing cases make a hundred requests each; argon2 runs with test parameters.
const CASE_TIMEOUT_MS = 30_000;

export const goldenSuite = (profile: GoldenProfile): void => {
	const transcripts = loadTranscripts(profile.transcriptsDir).filter((transcript) => profile.replays?.(transcript.case) ?? true);
	const outcomes = new Map<string, "replayed" | "failed" | "skipped">();
	let context: ReplayContext | undefined;

	beforeAll(async () => {
		context = await createReplayContext(profile, transcripts);
	});

	for (const transcript of transcripts) {
		const name = `${profile.name} ${transcript.case}: ${transcript.title}`;
		const wholeSkip = skipReason(profile, transcript.case);
		if (wholeSkip !== undefined) {
			outcomes.set(transcript.case, "skipped");
			test.skip(`${name} (skipped: ${wholeSkip})`, () => {});
			continue;
		}
		const partial = transcript.exchanges.some((_, i) => skipReason(profile, transcript.case, i) !== undefined);
		test(
			partial ? `${name} (some exchanges skipped, see the profile's skips)` : name,
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
			`golden transcripts (${profile.name}): ${count("replayed")} replayed, ${failed} failed, ${count("skipped")} skipped of ${transcripts.length}`,
		);
	});
};
