// A timing check's body: sample each endpoint in turn (never two at once: one endpoint's load would
// be the other's noise), judge them as one family (Holm across the endpoints, verdict.ts), note
// every verdict, then fail on a leak or stay inconclusive. Checks say only what to send.
import type { CheckContext } from "../context.ts";
import { Inconclusive } from "../expect.ts";
import { type PairedSample, type Side, samplePairs } from "./paired-sampling.ts";
import { describeVerdict, type EndpointSample, judgeEndpoints } from "./verdict.ts";

export interface TimedEndpoint {
	/** What is timed, e.g. "POST /auth/customer/emailpass". */
	endpoint: string;
	/** A request about an existing account. */
	known: Side;
	/** A request about an unknown one (in A/A calibration, about the same existing account). */
	unknown: Side;
}

const statuses = (counts: Map<number, number>): string => [...counts].map(([status, n]) => `${status}×${n}`).join(", ");

/** A note when the two sides were not answered alike: then the answers themselves tell accounts apart. */
const statusNote = (endpoint: string, sample: PairedSample): string | undefined => {
	const known = statuses(sample.knownStatuses);
	const unknown = statuses(sample.unknownStatuses);
	return known === unknown ? undefined : `${endpoint}: statuses differ (existing ${known}; unknown ${unknown}), so the answers alone tell accounts apart`;
};

export const expectNoTimingLeak = async (ctx: CheckContext, endpoints: TimedEndpoint[]): Promise<void> => {
	const timing = ctx.options.timing;
	const requests = 2 * (timing.pairs + timing.warmup) * endpoints.length;
	// However slow the target, the sampling goes on while it answers: each pair pushes the deadline back by its own time.
	ctx.announce(`timing ${endpoints.length} endpoint${endpoints.length > 1 ? "s" : ""}, ${timing.warmup} + ${timing.pairs} pairs each: ${requests} requests, one at a time`);
	const samples: EndpointSample[] = [];
	for (const [index, { endpoint, known, unknown }] of endpoints.entries()) {
		const sample = await samplePairs(known, unknown, { pairs: timing.pairs, warmup: timing.warmup, seed: ctx.options.seed + index, onPair: (ms) => ctx.progressed(ms) });
		const note = statusNote(endpoint, sample);
		if (note) ctx.note(note);
		samples.push({ endpoint, ...sample });
	}
	const verdicts = judgeEndpoints(samples, timing);
	for (const verdict of verdicts) ctx.note(describeVerdict(verdict, timing));
	const leaks = verdicts.filter((verdict) => verdict.outcome === "leak");
	ctx.expect.that(leaks.length === 0, leaks.map((verdict) => describeVerdict(verdict, timing)).join("; "), {
		expected: "no latency difference between existing and unknown accounts",
		actual: leaks.map((verdict) => ({ endpoint: verdict.endpoint, differenceMs: verdict.estimateMs, intervalMs: verdict.intervalMs })),
	});
	const unsure = verdicts.filter((verdict) => verdict.outcome === "inconclusive");
	if (unsure.length > 0) throw new Inconclusive(unsure.map((verdict) => describeVerdict(verdict, timing)).join("; "));
};
