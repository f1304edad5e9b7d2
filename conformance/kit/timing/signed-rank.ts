// Wilcoxon's signed-rank test of "the median of the paired differences is mu", as R's
// `wilcox.test(d, mu = mu)` computes it (R 4.2, stats/R/wilcox.test.R): differences equal to mu
// dropped (Wilcoxon's method), average ranks for ties of |d - mu|, V = the sum of the ranks of
// the positive ones. The p-value is exact (the distribution of V by counting) when n < 50 and
// there are neither ties nor zeros, as R's default; otherwise from the normal approximation with
// the tie correction of the variance and, by default, the continuity correction.
import { normalCdf, normalSurvival } from "./normal.ts";

export type Alternative = "two-sided" | "greater" | "less";

export interface SignedRankOptions {
	/** The median difference under H0 (default 0). */
	mu?: number;
	/** "greater": the differences tend to be larger than mu (default "two-sided"). */
	alternative?: Alternative;
	/** Exact p-value (default: when n < 50). Only for n < 50, and, as in R, never with ties or zeros. */
	exact?: boolean;
	/** Continuity correction of the normal approximation (default true). */
	correct?: boolean;
}

export interface SignedRankResult {
	/** V: the sum of the ranks of |d - mu| over the differences above mu. */
	statistic: number;
	/** The number of differences not equal to mu. */
	n: number;
	/** The standardised statistic of the normal approximation (reported even when the p-value is exact). */
	z: number;
	pValue: number;
	method: "exact" | "normal";
}

/** The largest n for which exact counts are kept: 2^n must stay below 2^53 for the counts to be exact. */
const MAX_EXACT_N = 50;

/** counts[v] = the number of subsets of {1..n} whose sum is v, for v = 0..n(n+1)/2. */
const signedRankCounts = (n: number): Float64Array => {
	if (!Number.isInteger(n) || n < 0 || n > MAX_EXACT_N)
		throw new RangeError(`exact signed-rank counts need an integer n in 0..${MAX_EXACT_N}, got ${n}`);
	const counts = new Float64Array((n * (n + 1)) / 2 + 1);
	counts[0] = 1;
	for (let k = 1, top = 0; k <= n; k++) {
		top += k;
		for (let v = top; v >= k; v--) counts[v] = counts[v]! + counts[v - k]!;
	}
	return counts;
};

/** P(V <= v) under H0 for n non-zero differences without ties (R's `psignrank(v, n)`); n <= 50. */
export const signedRankCdf = (v: number, n: number): number => {
	const counts = signedRankCounts(n);
	const top = Math.min(Math.floor(v), counts.length - 1);
	let sum = 0;
	for (let i = 0; i <= top; i++) sum += counts[i]!;
	return sum / 2 ** n;
};

/** P(V >= v): by the symmetry of V about n(n+1)/4, P(V <= n(n+1)/2 - v), summed without cancellation. */
const signedRankUpper = (v: number, n: number): number => signedRankCdf((n * (n + 1)) / 2 - Math.ceil(v), n);

/** The smallest q with P(V <= q) >= p (R's `qsignrank(p, n)`, with its 10-epsilon fuzz); n <= 50. */
export const signedRankQuantile = (p: number, n: number): number => {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability is needed, got ${p}`);
	const counts = signedRankCounts(n);
	const total = 2 ** n;
	const top = counts.length - 1;
	let cumulative = 0;
	if (p <= 0.5) {
		const target = p - 10 * Number.EPSILON;
		for (let q = 0; q < top; q++) {
			cumulative += counts[q]! / total;
			if (cumulative >= target) return q;
		}
		return top;
	}
	// From the upper end, as R does, so that p near 1 loses nothing to 1 - P(V <= q).
	const target = 1 - p + 10 * Number.EPSILON;
	for (let q = 0; q < top; q++) {
		cumulative += counts[q]! / total;
		if (cumulative > target) return top - q;
	}
	return 0;
};

interface Ranked {
	ranks: Float64Array;
	/** The sizes of the groups of tied values (groups of one included). */
	tieSizes: number[];
}

/** Ranks 1..n of `values`, ties given the average of the ranks they span. */
const averageRanks = (values: readonly number[]): Ranked => {
	const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
	const ranks = new Float64Array(values.length);
	const tieSizes: number[] = [];
	for (let start = 0; start < order.length; ) {
		let end = start + 1;
		while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
		const rank = (start + 1 + end) / 2; // the mean of start+1 .. end
		for (let i = start; i < end; i++) ranks[order[i]!] = rank;
		tieSizes.push(end - start);
		start = end;
	}
	return { ranks, tieSizes };
};

const assertFinite = (values: readonly number[], what: string): void => {
	for (const value of values) if (!Number.isFinite(value)) throw new RangeError(`${what} must be finite numbers, got ${value}`);
};

/** The Wilcoxon signed-rank test of H0 "median(d) = mu" on paired differences `d`. */
export const signedRankTest = (differences: readonly number[], options: SignedRankOptions = {}): SignedRankResult => {
	const { mu = 0, alternative = "two-sided", correct = true } = options;
	assertFinite(differences, "differences");
	if (!Number.isFinite(mu)) throw new RangeError(`mu must be finite, got ${mu}`);
	const shifted = differences.map((d) => d - mu);
	const nonZero = shifted.filter((d) => d !== 0);
	const n = nonZero.length;
	if (n === 0) return { statistic: 0, n: 0, z: 0, pValue: 1, method: "normal" }; // no evidence either way (R gives NaN)

	const { ranks, tieSizes } = averageRanks(nonZero.map(Math.abs));
	let statistic = 0;
	nonZero.forEach((d, i) => {
		if (d > 0) statistic += ranks[i]!;
	});

	const centred = statistic - (n * (n + 1)) / 4;
	const tieTerm = tieSizes.reduce((sum, t) => sum + (t * t * t - t), 0);
	const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
	const correction = !correct ? 0 : alternative === "two-sided" ? Math.sign(centred) * 0.5 : alternative === "greater" ? 0.5 : -0.5;
	const z = (centred - correction) / sigma;

	const hasTies = tieSizes.length < n;
	const hasZeros = n < shifted.length;
	if ((options.exact ?? n < MAX_EXACT_N) && n < MAX_EXACT_N && !hasTies && !hasZeros) {
		const greater = (): number => signedRankUpper(statistic, n);
		const less = (): number => signedRankCdf(statistic, n);
		const pValue =
			alternative === "greater" ? greater() : alternative === "less" ? less() : Math.min(1, 2 * (centred > 0 ? greater() : less()));
		return { statistic, n, z, pValue, method: "exact" };
	}
	const pValue =
		alternative === "greater" ? normalSurvival(z) : alternative === "less" ? normalCdf(z) : 2 * Math.min(normalCdf(z), normalSurvival(z));
	return { statistic, n, z, pValue, method: "normal" };
};
