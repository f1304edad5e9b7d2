// From paired differences to one of three outcomes per endpoint (issue 5): leak, no leak detected,
// or inconclusive. The test is Wilcoxon's signed-rank test on the pairs of "the difference is at
// most negligibleMs either way" (two one-sided tests, at mu = ±negligibleMs), its p-values
// Holm-corrected across the endpoints of one run so that the run as a whole cries wolf at most with
// probability alpha. A leak is reported with the Hodges–Lehmann estimate of the difference and its
// confidence interval; a clean result says how small a difference the sample could have seen; a
// sample too noisy to see `resolutionMs` says how many pairs would.
import type { TimingOptions } from "../config.ts";
import { hodgesLehmann, holm, minimumDetectableShift, samplesNeeded, signedRankTest } from "./statistics.ts";

export type Outcome = "leak" | "no leak detected" | "inconclusive";

export interface EndpointSample {
	/** What was timed, e.g. "POST /auth/customer/emailpass". */
	endpoint: string;
	differencesMs: number[];
	knownMs: number[];
	unknownMs: number[];
}

export interface EndpointVerdict {
	endpoint: string;
	outcome: Outcome;
	pairs: number;
	/** Hodges–Lehmann estimate of latency(known) − latency(unknown), ms. */
	estimateMs: number;
	/** Its (1 − alpha) confidence interval, ms. */
	intervalMs: [number, number];
	pValue: number;
	/** Holm-adjusted across the run's endpoints. */
	adjustedP: number;
	/** The smallest true difference this sample would detect with 80% power, ms. */
	detectableMs: number;
	/** For inconclusive outcomes: pairs that would make `resolutionMs` detectable. */
	pairsNeeded?: number;
	medianKnownMs: number;
	medianUnknownMs: number;
}

/** Power at which "could have detected" is stated. */
const POWER = 0.8;

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * The p-value of "|median difference| <= negligibleMs": the smaller of the one-sided tests at
 * +negligibleMs (greater) and -negligibleMs (less), doubled; at 0 it is the two-sided test.
 */
const beyondNegligibleP = (differencesMs: number[], negligibleMs: number): number => {
	const slower = signedRankTest(differencesMs, { mu: negligibleMs, alternative: "greater" }).pValue;
	const faster = signedRankTest(differencesMs, { mu: -negligibleMs, alternative: "less" }).pValue;
	return Math.min(1, 2 * Math.min(slower, faster));
};

export const judgeEndpoints = (samples: EndpointSample[], options: TimingOptions): EndpointVerdict[] => {
	const pValues = samples.map((sample) => beyondNegligibleP(sample.differencesMs, options.negligibleMs));
	const adjusted = holm(pValues);
	// What "could have detected" means for one endpoint of the family: at Holm's strictest level, alpha / m.
	const detection = { alpha: options.alpha / Math.max(1, samples.length), power: POWER };
	return samples.map((sample, index) => {
		const adjustedP = adjusted[index] as number;
		const { estimate, lower, upper } = hodgesLehmann(sample.differencesMs, { confLevel: 1 - options.alpha });
		const detectableMs = options.negligibleMs + minimumDetectableShift(sample.differencesMs, detection);
		const leak = adjustedP < options.alpha;
		const clear = !leak && detectableMs <= options.resolutionMs;
		const pairs = sample.differencesMs.length;
		return {
			endpoint: sample.endpoint,
			outcome: leak ? "leak" : clear ? "no leak detected" : "inconclusive",
			pairs,
			estimateMs: estimate,
			intervalMs: [lower, upper],
			pValue: pValues[index] as number,
			adjustedP,
			detectableMs,
			...(leak || clear ? {} : { pairsNeeded: samplesNeeded(sample.differencesMs, options.resolutionMs - options.negligibleMs, detection) }),
			medianKnownMs: median(sample.knownMs),
			medianUnknownMs: median(sample.unknownMs),
		};
	});
};

const ms = (value: number): string => `${value.toFixed(Math.abs(value) < 10 ? 2 : 1)} ms`;
const p = (value: number): string => (value < 1e-4 ? value.toExponential(1) : value.toPrecision(2));

/** One line for a report. */
export const describeVerdict = (verdict: EndpointVerdict, options: TimingOptions): string => {
	const confidence = `${Math.round((1 - options.alpha) * 1000) / 10}%`;
	const difference = `difference ${ms(verdict.estimateMs)} (${confidence} CI ${ms(verdict.intervalMs[0])} to ${ms(verdict.intervalMs[1])})`;
	const medians = `medians ${ms(verdict.medianKnownMs)} existing vs ${ms(verdict.medianUnknownMs)} unknown`;
	const test = `${verdict.pairs} pairs, Holm-adjusted p = ${p(verdict.adjustedP)}, α = ${options.alpha}`;
	if (verdict.outcome === "leak") {
		const slower = verdict.estimateMs > 0 ? "existing accounts answer slower" : "unknown accounts answer slower";
		return `${verdict.endpoint}: leak: ${slower}, ${difference}; ${medians}; ${test}`;
	}
	if (verdict.outcome === "no leak detected")
		return `${verdict.endpoint}: no leak detected: ${difference}; this sample would have detected ${ms(verdict.detectableMs)} (${POWER * 100}% power); ${test}`;
	return `${verdict.endpoint}: inconclusive: too noisy to see ${ms(options.resolutionMs)} (it could see ${ms(verdict.detectableMs)}); about ${verdict.pairsNeeded} pairs would (--timing-pairs ${verdict.pairsNeeded}); ${test}`;
};
