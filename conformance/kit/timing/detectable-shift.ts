// How small a timing difference the signed-rank test can see with the pairs at hand, and how many
// pairs a given difference would need: what lets a check that found nothing say "no leak larger
// than X ms" rather than only "no leak found".
//
// The approximation: for a shift delta of differences with scale sigma, the one-sample z-test has
// power 1 - beta when delta = (z_{1-alpha/2} + z_{1-beta}) sigma / sqrt(n). The signed-rank test
// has an asymptotic relative efficiency of 3/pi (about 0.955) against it under normality (Hodges &
// Lehmann 1956), i.e. it needs n pi/3 pairs for the same power, so
//     delta_min = (z_{1-alpha/2} + z_{power}) * sigma * sqrt(pi / 3) / sqrt(n),
// and, inverting, n = ((z_{1-alpha/2} + z_{power}) * sigma * sqrt(pi / 3) / delta)², which scales
// with the square of sigma/delta. This is also Noether's sample-size formula for the signed-rank
// test (JASA 82, 1987, 645-647), n = (z_{1-alpha/2} + z_{power})² / (3 (p' - 1/2)²), with p' =
// P(d_i + d_j > 0) = Phi(sqrt(2) delta / sigma) expanded to first order in delta/sigma. sigma is
// estimated robustly, 1.4826 x the median absolute deviation (consistent for the standard
// deviation of a normal), so that a few stalled requests do not inflate it; when more than half
// the differences are equal the MAD is 0 and the sample standard deviation is used instead. Under
// heavier tails than the normal (latencies have them) the signed-rank test loses less than the
// z-test does (its efficiency against it is never below 108/125 = 0.864 and often above 1), so
// the figure is a guide to the order of magnitude, not a guarantee.
import { normalQuantile } from "./normal.ts";
import type { Alternative } from "./signed-rank.ts";

export interface DetectionOptions {
	/** The level of the test (default 0.05). */
	alpha?: number;
	/** The wanted probability of detecting the shift (default 0.8). */
	power?: number;
	/** One-sided alternatives use z_{1-alpha} in place of z_{1-alpha/2} (default "two-sided"). */
	alternative?: Alternative;
}

const MAD_TO_SIGMA = 1.4826;

const median = (sorted: Float64Array): number => {
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** sigma of the differences: 1.4826 x MAD, or the sample standard deviation when the MAD is 0. */
export const robustSigma = (differences: readonly number[]): number => {
	if (differences.length === 0) throw new RangeError("a scale needs at least one difference");
	for (const d of differences) if (!Number.isFinite(d)) throw new RangeError(`differences must be finite numbers, got ${d}`);
	const centre = median(Float64Array.from(differences).sort());
	const mad = median(Float64Array.from(differences, (d) => Math.abs(d - centre)).sort());
	if (mad > 0) return MAD_TO_SIGMA * mad;
	if (differences.length < 2) return 0;
	const mean = differences.reduce((sum, d) => sum + d, 0) / differences.length;
	const squares = differences.reduce((sum, d) => sum + (d - mean) ** 2, 0);
	return Math.sqrt(squares / (differences.length - 1));
};

interface Resolved {
	alpha: number;
	zSum: number;
	oneSided: boolean;
}

const resolve = (options: DetectionOptions): Resolved => {
	const { alpha = 0.05, power = 0.8, alternative = "two-sided" } = options;
	if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must lie in (0, 1), got ${alpha}`);
	if (!(power > 0 && power < 1)) throw new RangeError(`power must lie in (0, 1), got ${power}`);
	const oneSided = alternative !== "two-sided";
	return { alpha, oneSided, zSum: normalQuantile(1 - (oneSided ? alpha : alpha / 2)) + normalQuantile(power) };
};

/**
 * The fewest pairs with which the signed-rank test can reject at all: its smallest p-value is
 * 2^-n (one-sided) or 2^(1-n) (two-sided), all differences on one side.
 */
export const fewestRejectingPairs = (options: DetectionOptions = {}): number => {
	const { alpha, oneSided } = resolve(options);
	return Math.max(1, Math.ceil(Math.log2((oneSided ? 1 : 2) / alpha) - 1e-12));
};

/**
 * The smallest true median shift (in the unit of the differences, ms for timings) that the
 * signed-rank test at this n detects with the given power; Infinity when n is too small for the
 * test to reject at all.
 */
export const minimumDetectableShift = (differences: readonly number[], options: DetectionOptions = {}): number => {
	const sigma = robustSigma(differences);
	const { zSum } = resolve(options);
	if (differences.length < fewestRejectingPairs(options)) return Number.POSITIVE_INFINITY;
	return (zSum * sigma * Math.sqrt(Math.PI / 3)) / Math.sqrt(differences.length);
};

/** The pairs needed to detect a median shift of |shift| with the given power, at the scale of these differences. */
export const samplesNeeded = (differences: readonly number[], shift: number, options: DetectionOptions = {}): number => {
	if (!(Number.isFinite(shift) && shift !== 0)) throw new RangeError(`the shift to detect must be finite and non-zero, got ${shift}`);
	const sigma = robustSigma(differences);
	const { zSum } = resolve(options);
	const needed = Math.ceil(((zSum * sigma * Math.sqrt(Math.PI / 3)) / Math.abs(shift)) ** 2);
	return Math.max(needed, fewestRejectingPairs(options));
};
