// A timing check's body: sample each endpoint of a family in turn (never two at once: one
// endpoint's load would be the other's noise), judge them as one family (Holm across the endpoints,
// verdict.ts), then fail on this check's endpoint's leak or stay inconclusive. Checks say only what
// to send and which endpoint is theirs.
import type { CheckContext } from "../context.ts";
import { Inconclusive } from "../expect.ts";
import { type PairedSample, type Side, samplePairs } from "./paired-sampling.ts";
import { describeVerdict, type EndpointSample, type EndpointVerdict, judgeEndpoints } from "./verdict.ts";

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

/** Endpoints timed and judged together: the run measures them once, and each endpoint's check reads its verdict. */
export interface TimingFamily {
	/** Names the family in notes, and the run's one measurement of it. */
	name: string;
	/** The endpoints, ready for this run (an existing account registered, …); a profile that extends another adds its own. */
	endpoints(ctx: CheckContext): Promise<TimedEndpoint[]>;
}

interface MeasuredFamily {
	verdicts: EndpointVerdict[];
	/** By endpoint: the statuses of its two sides, where they differ. */
	statusNotes: Map<string, string>;
}

const measure = async (ctx: CheckContext, family: TimingFamily): Promise<MeasuredFamily> => {
	const endpoints = await family.endpoints(ctx);
	const timing = ctx.options.timing;
	const requests = 2 * (timing.pairs + timing.warmup) * endpoints.length;
	// However slow the target, the sampling goes on while it answers: each pair pushes the deadline back by its own time.
	ctx.announce(`timing ${endpoints.map((endpoint) => endpoint.endpoint).join(", ")}: ${timing.warmup} + ${timing.pairs} pairs each, ${requests} requests, one at a time`);
	const samples: EndpointSample[] = [];
	const statusNotes = new Map<string, string>();
	for (const [index, { endpoint, known, unknown }] of endpoints.entries()) {
		const sample = await samplePairs(known, unknown, { pairs: timing.pairs, warmup: timing.warmup, seed: ctx.options.seed + index, onPair: (ms) => ctx.progressed(ms) });
		const note = statusNote(endpoint, sample);
		if (note) statusNotes.set(endpoint, note);
		samples.push({ endpoint, ...sample });
	}
	return { verdicts: judgeEndpoints(samples, timing), statusNotes };
};

/**
 * A timing check's body: fails when `endpoint` leaks. The family's first check to run samples every
 * endpoint of it and judges them as one family (Holm across the endpoints, verdict.ts); each check
 * then reports its own endpoint's verdict, so a second leak is a second failure.
 */
export const expectNoTimingLeakAt = async (ctx: CheckContext, family: TimingFamily, endpoint: string): Promise<void> => {
	const timing = ctx.options.timing;
	const { verdicts, statusNotes } = await ctx.once(`timing family ${family.name}`, () => measure(ctx, family));
	const verdict = verdicts.find((candidate) => candidate.endpoint === endpoint);
	ctx.expect.that(verdict !== undefined, `${family.name} timed ${verdicts.map((candidate) => candidate.endpoint).join(", ")}, not ${endpoint}`);
	const statuses = statusNotes.get(endpoint);
	if (statuses) ctx.note(statuses);
	const others = verdicts.filter((candidate) => candidate !== verdict);
	if (others.length > 0) ctx.note(`judged in one Holm family with ${others.map((other) => describeVerdict(other, timing)).join("; ")}`);
	const line = describeVerdict(verdict, timing);
	// A leak or an inconclusive sample is the result's message; a clean verdict is a note.
	if (verdict.outcome === "no leak detected") ctx.note(line);
	ctx.expect.that(verdict.outcome !== "leak", line, {
		expected: "no latency difference between existing and unknown accounts",
		actual: { endpoint, differenceMs: verdict.estimateMs, intervalMs: verdict.intervalMs },
	});
	if (verdict.outcome === "inconclusive") throw new Inconclusive(line);
};
