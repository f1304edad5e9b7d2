// Paired latency samples for a timing check (issue 5): each pair sends one request about an existing
// account and one about an unknown one, back to back, in an order drawn from the run's seed, so that
// drift in the target's or the network's speed (GC, other load, CPU frequency) hits both sides alike
// and cancels in the difference. The first `warmup` pairs are sent and thrown away.
import fc from "fast-check";
import type { Reply } from "../http.ts";

/** Sends one request of a side; `record` keeps its exchange as evidence (the first pair only). */
export type Side = (record: boolean) => Promise<Reply>;

export interface PairedSample {
	/** latency(known) − latency(unknown) of each measured pair, in ms. */
	differencesMs: number[];
	knownMs: number[];
	unknownMs: number[];
	/** Statuses seen on each side, with how often. */
	knownStatuses: Map<number, number>;
	unknownStatuses: Map<number, number>;
}

export interface SamplingPlan {
	pairs: number;
	warmup: number;
	seed: number;
	/** Told how long each pair took (the warm-up's too), as it ends. */
	onPair?: (ms: number) => void;
}

const count = (counts: Map<number, number>, status: number): void => void counts.set(status, (counts.get(status) ?? 0) + 1);

export const samplePairs = async (known: Side, unknown: Side, plan: SamplingPlan): Promise<PairedSample> => {
	const total = plan.warmup + plan.pairs;
	const knownFirst = fc.sample(fc.boolean(), { seed: plan.seed, numRuns: total });
	const sample: PairedSample = { differencesMs: [], knownMs: [], unknownMs: [], knownStatuses: new Map(), unknownStatuses: new Map() };
	for (let i = 0; i < total; i++) {
		const record = i === 0;
		const started = performance.now();
		let knownReply: Reply;
		let unknownReply: Reply;
		if (knownFirst[i]) {
			knownReply = await known(record);
			unknownReply = await unknown(record);
		} else {
			unknownReply = await unknown(record);
			knownReply = await known(record);
		}
		plan.onPair?.(performance.now() - started);
		if (i < plan.warmup) continue;
		const knownMs = knownReply.exchange.durationMs;
		const unknownMs = unknownReply.exchange.durationMs;
		sample.knownMs.push(knownMs);
		sample.unknownMs.push(unknownMs);
		sample.differencesMs.push(knownMs - unknownMs);
		count(sample.knownStatuses, knownReply.status);
		count(sample.unknownStatuses, unknownReply.status);
	}
	return sample;
};
