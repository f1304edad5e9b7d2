// The maths of the timing-leak check (conformance/kit/timing/statistics.ts), against values
// published in R's documentation or computed with R 4.2.2 (Debian r-base-core 4.2.2.20221110),
// printed with sprintf("%.17g") and written in here, so that R is not needed to run the tests.
import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import {
	fewestRejectingPairs,
	hodgesLehmann,
	holm,
	minimumDetectableShift,
	normalCdf,
	normalQuantile,
	normalSurvival,
	robustSigma,
	samplesNeeded,
	signedRankCdf,
	signedRankQuantile,
	signedRankTest,
	walshAverages,
} from "../../conformance/kit/timing/statistics.ts";

const SEED = Number(process.env.GATECHECK_SEED ?? 20261122);
console.log(`property seed: ${SEED}`);

/** |actual - expected| <= relative * |expected| (or <= relative when expected is 0). */
const expectClose = (actual: number, expected: number, relative = 1e-9): void => {
	const tolerance = relative * Math.max(Math.abs(expected), expected === 0 ? 1 : 0);
	if (!(Math.abs(actual - expected) <= tolerance)) throw new Error(`expected ${expected} within ${tolerance}, got ${actual}`);
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
};

// R's ?wilcox.test example (Hollander & Wolfe 1973, p. 29: Hamilton depression scale factor IV
// before (x, first visit) and after (y, second visit) a tranquilizer, nine patients).
const X = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
const Y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
const DEPRESSION = X.map((x, i) => x - Y[i]!);

// n = 20 without ties. R: set.seed(1); d <- round(rnorm(20, 0.8, 2), 3)
const TWENTY = [
	-0.453, 1.167, -0.871, 3.991, 1.459, -0.841, 1.775, 2.277, 1.952, 0.189, 3.824, 1.58, -0.442, -3.629, 3.05, 0.71, 0.768, 2.688, 2.442,
	1.988,
];

// n = 60 on a 0.1 grid: 38 tied |d|, 3 zeros, 7 values equal to 0.2. R: set.seed(5); d <- round(rnorm(60, 0.3, 1), 1)
const TIED = [
	-0.5, 1.7, -1.0, 0.4, 2.0, -0.3, -0.2, -0.3, 0.0, 0.4, 1.5, -0.5, -0.8, 0.1, -0.8, 0.2, -0.3, -1.9, 0.5, 0.0, 1.2, 1.2, 1.8, 1.0, 1.1, 0.0, 1.7,
	1.8, -0.4, -0.6, 0.6, 1.4, 2.5, 1.5, 1.8, 1.3, -0.7, -1.7, -1.5, 0.2, 1.9, -0.5, 0.2, 2.2, -0.2, 0.9, -0.6, -0.2, -0.4, 0.2, 1.8, 0.5, 1.3,
	-0.3, 0.2, -0.6, 1.1, 0.2, 0.2, 0.5,
];

// n = 2000, skewed, made by the same IEEE operations in R and here (so bit for bit the same data):
// R: i <- 1:2000; u <- ((i * 7919) %% 2003) / 100; d <- u * u / 40 - 2
const LARGE = Array.from({ length: 2000 }, (_, index) => {
	const u = (((index + 1) * 7919) % 2003) / 100;
	return (u * u) / 40 - 2;
});

describe("the normal distribution (Cody's pnorm, Wichura's AS 241), against R's pnorm and qnorm", () => {
	// R: sprintf("%.17g", pnorm(x)) and pnorm(x, lower.tail = FALSE); the x cover each of Cody's
	// three ranges (|x| <= 0.66291, <= sqrt(32), beyond) on both sides.
	const CDF: [number, number, number][] = [
		[-37.5, 4.6053530095819552e-308, 1],
		[-20, 2.7536241186062337e-89, 1],
		[-10, 7.6198530241605269e-24, 1],
		[-5.7, 5.9903714010635279e-9, 0.99999999400962858],
		[-5.6, 1.071759025831093e-8, 0.99999998928240974],
		[-3, 0.0013498980316300946, 0.9986501019683699],
		[-1.96, 0.024997895148220428, 0.97500210485177963],
		[-0.6629, 0.25369730086823677, 0.74630269913176317],
		[-0.5, 0.30853753872598694, 0.69146246127401301],
		[-0.001, 0.49960105778608893, 0.50039894221391101],
		[0, 0.5, 0.5],
		[0.25, 0.5987063256829237, 0.4012936743170763],
		[0.7, 0.75803634777692697, 0.24196365222307298],
		[1, 0.84134474606854293, 0.15865525393145705],
		[1.96, 0.97500210485177963, 0.024997895148220428],
		[3, 0.9986501019683699, 0.0013498980316300946],
		[5.6, 0.99999998928240974, 1.071759025831093e-8],
		[8, 0.99999999999999933, 6.2209605742717849e-16],
		[8.5, 1, 9.4795348222033192e-18],
		[10, 1, 7.6198530241605269e-24],
	];
	test.each(CDF)("pnorm(%p) = %p, upper tail %p", (x, lower, upper) => {
		expectClose(normalCdf(x), lower, 1e-14);
		expectClose(normalSurvival(x), upper, 1e-14);
	});

	test("beyond -37.5193 the CDF underflows to 0, as R's pnorm(-40) = 0; NaN stays NaN", () => {
		expect(normalCdf(-40)).toBe(0);
		expect(normalSurvival(40)).toBe(0);
		expect(normalCdf(Number.NaN)).toBeNaN();
	});

	// R: sprintf("%.17g", qnorm(p)); the p cover AS 241's three ranges (|p - 0.5| <= 0.425,
	// min(p, 1 - p) >= exp(-25), beyond).
	const QUANTILES: [number, number][] = [
		[1e-300, -37.047096299361201],
		[1e-20, -9.2623400897984052],
		[1e-12, -7.0344838253011321],
		[1e-10, -6.3613409024040557],
		[1e-5, -4.2648907939228256],
		[0.001, -3.0902323061678132],
		[0.01, -2.3263478740408408],
		[0.025, -1.9599639845400538],
		[0.05, -1.6448536269514726],
		[0.075, -1.4395314709384557],
		[0.1, -1.2815515655446008],
		[0.2, -0.84162123357291418],
		[0.5, 0],
		[0.8, 0.84162123357291441],
		[0.925, 1.4395314709384559],
		[0.95, 1.6448536269514715],
		[0.975, 1.9599639845400536],
		[0.99, 2.3263478740408408],
		[0.999, 3.0902323061678132],
		[1 - 1e-9, 5.9978070196016384],
	];
	test.each(QUANTILES)("qnorm(%p) = %p", (p, x) => {
		expectClose(normalQuantile(p), x, 1e-14);
	});

	test("qnorm at the ends and outside [0, 1]", () => {
		expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
		expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
		expect(normalQuantile(-0.1)).toBeNaN();
		expect(normalQuantile(1.1)).toBeNaN();
	});

	test("property: the quantile inverts the CDF", () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
				expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThanOrEqual(1e-14 + 1e-12 * p);
			}),
			{ seed: SEED },
		);
	});
});

describe("the exact distribution of V, against R's psignrank and qsignrank", () => {
	test("psignrank(q, 10) for q = 0, 3, 8, 10, 27, and psignrank(400, 49)", () => {
		// R: psignrank(c(0, 3, 8, 10, 27), 10); 27 = 10 * 11 / 4 - 0.5, so 0.5 by symmetry.
		expect(signedRankCdf(0, 10)).toBe(0.0009765625);
		expect(signedRankCdf(3, 10)).toBe(0.0048828125);
		expect(signedRankCdf(8, 10)).toBe(0.0244140625);
		expect(signedRankCdf(10, 10)).toBe(0.0419921875);
		expect(signedRankCdf(27, 10)).toBe(0.5);
		expectClose(signedRankCdf(400, 49), 0.017063075357777183, 1e-13);
		expect(signedRankCdf(55, 10)).toBe(1);
		expect(signedRankCdf(-1, 10)).toBe(0);
	});

	test("qsignrank(p, n) for p = 0.005, 0.025, 0.05 and n = 9, 10, 49", () => {
		// R: qsignrank(0.025, 9) = 6, (0.05, 9) = 9, (0.005, 9) = 2; n = 10: 9, 11, 4; n = 49: 416, 447, 356.
		expect([0.005, 0.025, 0.05].map((p) => signedRankQuantile(p, 9))).toEqual([2, 6, 9]);
		expect([0.005, 0.025, 0.05].map((p) => signedRankQuantile(p, 10))).toEqual([4, 9, 11]);
		expect([0.005, 0.025, 0.05].map((p) => signedRankQuantile(p, 49))).toEqual([356, 416, 447]);
		// R: qsignrank(0.975, 10) = 46, counted from the upper end.
		expect(signedRankQuantile(0.975, 10)).toBe(46);
	});

	test("counts beyond n = 50 are refused (they would no longer be exact doubles)", () => {
		expect(() => signedRankCdf(10, 51)).toThrow(RangeError);
	});
});

describe("the signed-rank test, against R's wilcox.test", () => {
	test("?wilcox.test example, paired, alternative = 'greater': V = 40, p-value = 0.01953 (exact)", () => {
		const result = signedRankTest(DEPRESSION, { alternative: "greater" });
		expect(result).toMatchObject({ statistic: 40, n: 9, method: "exact" });
		expect(result.pValue).toBe(0.01953125);
	});

	test("the same data: two-sided 0.0390625 and less 0.986328125 (exact); exact = FALSE with and without correction", () => {
		expect(signedRankTest(DEPRESSION).pValue).toBe(0.0390625);
		expect(signedRankTest(DEPRESSION, { alternative: "less" }).pValue).toBe(0.986328125);
		// R: wilcox.test(x, y, paired = TRUE, alternative = alt, exact = FALSE, correct = TRUE / FALSE)
		const normal = (alternative: "two-sided" | "greater" | "less", correct: boolean): number =>
			signedRankTest(DEPRESSION, { alternative, exact: false, correct }).pValue;
		expectClose(normal("two-sided", true), 0.044010984012951455);
		expectClose(normal("greater", true), 0.022005492006475728);
		expectClose(normal("less", true), 0.98351530937788989);
		expectClose(normal("two-sided", false), 0.038151710173415156);
		expectClose(normal("greater", false), 0.019075855086707578);
		expectClose(normal("less", false), 0.98092414491329238);
		expect(signedRankTest(DEPRESSION, { exact: false }).method).toBe("normal");
	});

	test("the same data shifted, mu = 0.5: V = 19, greater p = 0.673828125 (exact), two-sided 0.72228296271619219 (normal)", () => {
		expect(signedRankTest(DEPRESSION, { mu: 0.5, alternative: "greater" })).toMatchObject({ statistic: 19, pValue: 0.673828125 });
		expectClose(signedRankTest(DEPRESSION, { mu: 0.5, exact: false }).pValue, 0.72228296271619219);
	});

	test("n = 20 without ties: V = 174, exact p-values, and the normal one with exact = FALSE", () => {
		// R: wilcox.test(d, alternative = alt); wilcox.test(d, mu = 1); wilcox.test(d, exact = FALSE)
		expect(signedRankTest(TWENTY)).toMatchObject({ statistic: 174, n: 20, method: "exact" });
		expectClose(signedRankTest(TWENTY).pValue, 0.00830841064453125, 1e-13);
		expectClose(signedRankTest(TWENTY, { alternative: "greater" }).pValue, 0.004154205322265625, 1e-13);
		expectClose(signedRankTest(TWENTY, { alternative: "less" }).pValue, 0.99635219573974609, 1e-13);
		expect(signedRankTest(TWENTY, { mu: 1 }).statistic).toBe(123);
		expectClose(signedRankTest(TWENTY, { mu: 1 }).pValue, 0.52167320251464844, 1e-13);
		expectClose(signedRankTest(TWENTY, { exact: false }).pValue, 0.010549187712342279);
	});

	test("n = 60 with ties and zeros: zeros dropped, average ranks, tie-corrected variance (R: V = 1122.5)", () => {
		// R: wilcox.test(d, alternative = alt, exact = FALSE, correct = TRUE / FALSE); the default
		// (exact = NULL) gives the same, since ties force the normal approximation.
		const result = signedRankTest(TIED);
		expect(result).toMatchObject({ statistic: 1122.5, n: 57, method: "normal" });
		expectClose(result.pValue, 0.018765073333923656);
		expectClose(signedRankTest(TIED, { alternative: "greater" }).pValue, 0.0093825366669618281);
		expectClose(signedRankTest(TIED, { alternative: "less" }).pValue, 0.99081608636534513);
		expectClose(signedRankTest(TIED, { correct: false }).pValue, 0.018565520608857168);
		expectClose(signedRankTest(TIED, { alternative: "greater", correct: false }).pValue, 0.009282760304428584);
		expectClose(signedRankTest(TIED, { alternative: "less", correct: false }).pValue, 0.99071723969557146);
		// R: wilcox.test(d, mu = 0.2, exact = FALSE): V = 862 after dropping the seven 0.2s.
		expect(signedRankTest(TIED, { mu: 0.2 })).toMatchObject({ statistic: 862, n: 53 });
		expectClose(signedRankTest(TIED, { mu: 0.2 }).pValue, 0.1959964977640232);
		expectClose(signedRankTest(TIED, { mu: 0.2, alternative: "less" }).pValue, 0.90352446682717802);
	});

	test("ties force the normal approximation even when exact is asked for, as in R", () => {
		expect(signedRankTest([1, -1, 2, 3, 4], { exact: true }).method).toBe("normal");
		expect(signedRankTest([0, 1, 2, 3, 4], { exact: true }).method).toBe("normal");
		expect(signedRankTest([1, 2, 3, 4, 5]).method).toBe("exact");
	});

	test("n = 2000 (normal approximation): mu = 1.2 and 1.1, each alternative", () => {
		// R: wilcox.test(d, mu = mu, alternative = alt, exact = FALSE, correct = TRUE / FALSE)
		expect(signedRankTest(LARGE, { mu: 1.2 }).statistic).toBe(999127);
		expectClose(signedRankTest(LARGE, { mu: 1.2 }).pValue, 0.95762293415943911);
		expectClose(signedRankTest(LARGE, { mu: 1.2, alternative: "greater" }).pValue, 0.52120395629120275);
		expectClose(signedRankTest(LARGE, { mu: 1.2, alternative: "less" }).pValue, 0.47881146707971955);
		expectClose(signedRankTest(LARGE, { mu: 1.2, correct: false }).pValue, 0.95760751078058171);
		expect(signedRankTest(LARGE, { mu: 1.1 }).statistic).toBe(1030475);
		expectClose(signedRankTest(LARGE, { mu: 1.1 }).pValue, 0.24585659572601862);
		expectClose(signedRankTest(LARGE, { mu: 1.1, alternative: "greater" }).pValue, 0.12292829786300931);
		expectClose(signedRankTest(LARGE, { mu: 1.1, alternative: "less" }).pValue, 0.87707957897363076);
		// Far in the tail the p-value keeps its digits (computed as an upper tail, not 1 - CDF).
		expect(signedRankTest(LARGE).statistic).toBe(1375385.5);
		expectClose(signedRankTest(LARGE).pValue, 9.9089281857225792e-48, 1e-9);
		expectClose(signedRankTest(LARGE, { mu: 0.45, alternative: "greater" }).pValue, 7.0355578301426279e-20, 1e-9);
	});

	test("no difference other than mu: no evidence, p = 1 (R gives NaN); non-finite input is refused", () => {
		expect(signedRankTest([0, 0, 0])).toEqual({ statistic: 0, n: 0, z: 0, pValue: 1, method: "normal" });
		expect(signedRankTest([2, 2], { mu: 2 }).pValue).toBe(1);
		expect(() => signedRankTest([1, Number.NaN])).toThrow(RangeError);
		expect(() => signedRankTest([1, 2], { mu: Number.POSITIVE_INFINITY })).toThrow(RangeError);
	});
});

describe("the Hodges-Lehmann estimate and its interval", () => {
	test("?wilcox.test example with conf.int = TRUE: (pseudo)median 0.46, 95% CI 0.010 to 0.786 (exact)", () => {
		const interval = hodgesLehmann(DEPRESSION);
		expect(interval.method).toBe("exact");
		expectClose(interval.estimate, 0.46000000000000008, 1e-12);
		expectClose(interval.lower, 0.010000000000000009, 1e-12);
		expectClose(interval.upper, 0.78600000000000003, 1e-12);
		// R: qsignrank(0.025, 9) = 6; achieved 1 - 2 * psignrank(5, 9) = 0.9609375.
		expect(interval.k).toBe(6);
		expect(interval.achievedConfLevel).toBe(0.9609375);
		// R: alternative = "greater" gives 0.175 to Inf, "less" -Inf to 0.726.
		const greater = hodgesLehmann(DEPRESSION, { alternative: "greater" });
		expectClose(greater.lower, 0.17500000000000004, 1e-12);
		expect(greater.upper).toBe(Number.POSITIVE_INFINITY);
		const less = hodgesLehmann(DEPRESSION, { alternative: "less" });
		expect(less.lower).toBe(Number.NEGATIVE_INFINITY);
		expectClose(less.upper, 0.7260000000000002, 1e-12);
	});

	test("n = 20: estimate 1.31425, 95% CI 0.452 to 2.09, 90% CI 0.5635 to 1.9505 (R, exact)", () => {
		const interval = hodgesLehmann(TWENTY);
		expectClose(interval.estimate, 1.3142500000000001, 1e-12);
		expectClose(interval.lower, 0.45199999999999996, 1e-12);
		expectClose(interval.upper, 2.0899999999999999, 1e-12);
		const ninety = hodgesLehmann(TWENTY, { confLevel: 0.9 });
		expectClose(ninety.lower, 0.5635, 1e-12);
		expectClose(ninety.upper, 1.9505000000000001, 1e-12);
		expectClose(hodgesLehmann(TWENTY, { alternative: "greater" }).lower, 0.5635, 1e-12);
		expectClose(hodgesLehmann(TWENTY, { alternative: "less" }).upper, 1.9505000000000001, 1e-12);
	});

	// For n >= 50, the order statistics of the Walsh averages at the normal-approximation k, as
	// computed in R: w <- outer(d, d, "+") / 2; w <- sort(w[!lower.tri(w)]); M <- length(w);
	// k <- ceiling(M / 2 - 0.5 + qnorm(0.025) * sqrt(n * (n + 1) * (2 * n + 1) / 24)); median(w), w[k], w[M - k + 1].
	test("n = 60 with ties: median of Walsh averages 0.35, k = 649, interval 0.05 to 0.65", () => {
		const interval = hodgesLehmann(TIED);
		expect(interval).toMatchObject({ k: 649, method: "normal" });
		expectClose(interval.estimate, 0.35000000000000003, 1e-12);
		expectClose(interval.lower, 0.050000000000000044, 1e-12);
		expectClose(interval.upper, 0.65000000000000002, 1e-12);
		// R's exact = FALSE interval comes from root finding on a z that interpolates between tied
		// Walsh averages: 0.40004 (0.09995, 0.70005). On a 0.1 grid it sits one 0.05 step higher;
		// the Walsh-average version stays on the data's own grid.
		expect(Math.abs(interval.estimate - 0.40003968107119892)).toBeLessThan(0.051);
	});

	test("n = 2000: median of Walsh averages 1.195571875, k = 949875, interval 1.03420125 to 1.35697625 (R)", () => {
		const started = performance.now();
		const interval = hodgesLehmann(LARGE);
		const elapsedMs = performance.now() - started;
		console.log(`Hodges-Lehmann interval, n = 2000 (2,001,000 Walsh averages): ${elapsedMs.toFixed(0)} ms`);
		expect(interval).toMatchObject({ k: 949875, method: "normal" });
		expectClose(interval.estimate, 1.1955718749999997, 1e-12);
		expectClose(interval.lower, 1.0342012499999995, 1e-12);
		expectClose(interval.upper, 1.3569762499999998, 1e-12);
		// R: wilcox.test(d, conf.int = TRUE, exact = FALSE) by root finding: 1.1955707 (1.0341725,
		// 1.3569535), within 1e-4 of the interval's width 0.32 of ours.
		expectClose(interval.estimate, 1.1955707208226114, 1e-5);
		expectClose(interval.lower, 1.0341724816907201, 1e-4);
		expectClose(interval.upper, 1.3569535002395157, 1e-4);
		// One-sided, k = 958014: R's w[k] = 1.06005625.
		expectClose(hodgesLehmann(LARGE, { alternative: "greater" }).lower, 1.0600562499999999, 1e-12);
	});

	test("the normal k is within one of R's qsignrank: 8444 against qsignrank(0.025, 200) = 8445", () => {
		const k = hodgesLehmann(Array.from({ length: 200 }, (_, i) => i - 50)).k;
		expect(k).toBe(8444);
	});

	test("tiny samples: k never below 1, the interval is then the whole range, as R's qu <- 1", () => {
		// R: wilcox.test(c(1, 2, 4), conf.int = TRUE) gives 1 to 4 at conf.level 0.75 ("not achievable").
		const interval = hodgesLehmann([1, 2, 4]);
		expect(interval).toMatchObject({ k: 1, lower: 1, upper: 4, estimate: 2.25, achievedConfLevel: 0.75 });
		expect(hodgesLehmann([5])).toMatchObject({ estimate: 5, lower: 5, upper: 5 });
	});

	test("walshAverages holds the n(n+1)/2 pairwise means, each point with itself included", () => {
		expect([...walshAverages([1, 3, 7])].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 7]);
	});

	test("inputs it cannot use are refused", () => {
		expect(() => hodgesLehmann([])).toThrow(RangeError);
		expect(() => hodgesLehmann([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
		expect(() => hodgesLehmann([1, 2, 3], { confLevel: 1 })).toThrow(RangeError);
		expect(() => hodgesLehmann([1, 2, 3], { confLevel: 0.3 })).toThrow(RangeError);
	});
});

describe("Holm's adjustment, against R's p.adjust(p, 'holm')", () => {
	test("eight p-values with a tie, in their original order", () => {
		// R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.5, 1e-4), "holm")
		const adjusted = holm([0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.5, 1e-4]);
		const expected = [0.06, 0.16, 0.15, 0.035, 0.4, 0.16, 0.5, 0.0008];
		adjusted.forEach((value, i) => expectClose(value, expected[i]!, 1e-12));
	});

	test("monotonicity carries a larger product forward, and results are capped at 1", () => {
		// R: p.adjust(c(0.3, 0.6, 0.02), "holm") = 0.6 0.6 0.06
		expect(holm([0.3, 0.6, 0.02]).map((p) => Math.round(p * 1e12) / 1e12)).toEqual([0.6, 0.6, 0.06]);
		expect(holm([0.4, 0.5, 0.9])).toEqual([1, 1, 1]);
		expect(holm([])).toEqual([]);
		expect(holm([0.03])).toEqual([0.03]);
		expect(() => holm([0.1, 1.5])).toThrow(RangeError);
	});

	test("?p.adjust example: p <- 2 * pnorm(sort(-abs(x))) for set.seed(123); x <- rnorm(50, mean = c(rep(0, 25), rep(3, 25)))", () => {
		// The 50 p-values that example draws, printed by R at full precision.
		const p = [
			2.3540535079793408e-7, 2.1015902407242859e-5, 2.5768418740401113e-5, 9.8147833236073584e-5, 0.00010526095883054314,
			0.0001241480728928015, 0.00013259880192358452, 0.00015685033125567761, 0.00022545573276267595, 0.00037953803092710003,
			0.00061149431534094181, 0.0016139537290707732, 0.0033024296231373793, 0.0035383417761100746, 0.0052369965805745761,
			0.0068319089314331019, 0.0070592256589326078, 0.0088051286010114201, 0.0094010398396727739, 0.01129798083228886,
			0.021150168138838837, 0.049227364030420349, 0.06053297750530709, 0.062622394673603865, 0.073951528932168428,
			0.082811032824038747, 0.086333312789586975, 0.11906543306177111, 0.18907962539672907, 0.20584937780834683,
			0.22092137198443099, 0.28560004255989702, 0.30488948730835402, 0.46606820025984125, 0.48308093523371298, 0.4921754604884912,
			0.53194528606277292, 0.5751550464079549, 0.57831946234574394, 0.61858943409521261, 0.63636200475135141, 0.64485872428665469,
			0.65584143928443872, 0.68858840005799427, 0.71898636230424384, 0.81795385305609414, 0.82744865669079792, 0.89712997590579502,
			0.91186795243409247, 0.94378902178378343,
		];
		// R: round(p.adjust(p, "holm"), 3), as the example prints it.
		const rounded = [
			0, 0.001, 0.001, 0.005, 0.005, 0.006, 0.006, 0.007, 0.009, 0.016, 0.024, 0.063, 0.125, 0.131, 0.189, 0.239, 0.24, 0.291, 0.301, 0.35, 0.635,
		];
		const adjusted = holm(p);
		adjusted.forEach((value, i) => expect(Math.abs(value - (rounded[i] ?? 1))).toBeLessThanOrEqual(0.0005 + 1e-12));
		// R: sprintf("%.17g", p.adjust(p, "holm")[1:5])
		[1.1770267539896705e-5, 0.0010297792179549, 0.0012368840995392533, 0.0046129481620954581, 0.0048420041062049845].forEach((value, i) =>
			expectClose(adjusted[i]!, value, 1e-12),
		);
	});

	test("property: adjusted >= raw, <= 1, and ordered as the raw p-values are", () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (pValues) => {
				const adjusted = holm(pValues);
				expect(adjusted.length).toBe(pValues.length);
				pValues.forEach((p, i) => {
					expect(adjusted[i]!).toBeGreaterThanOrEqual(Math.min(p, 1));
					expect(adjusted[i]!).toBeLessThanOrEqual(1);
					pValues.forEach((q, j) => {
						if (p < q) expect(adjusted[i]!).toBeLessThanOrEqual(adjusted[j]!);
					});
				});
			}),
			{ seed: SEED },
		);
	});
});

describe("the smallest detectable shift and the pairs needed", () => {
	// R: s <- mad(d) (1.4826 x the median absolute deviation) for the n = 2000 data above, then
	// (qnorm(0.975) + qnorm(0.8)) * s * sqrt(pi / 3) / sqrt(2000), the formula of detectable-shift.ts.
	test("n = 2000: sigma = R's mad(d) = 3.2209485, shift 0.20648 (alpha 0.05, power 0.8), 0.21568 one-sided at power 0.9", () => {
		expectClose(robustSigma(LARGE), 3.2209485000000004, 1e-12);
		expectClose(minimumDetectableShift(LARGE), 0.20648424942162374, 1e-12);
		expectClose(minimumDetectableShift(LARGE, { alternative: "greater", power: 0.9 }), 0.21568381206804629, 1e-12);
		// R: ceiling(((qnorm(0.975) + qnorm(0.8)) * s * sqrt(pi / 3) / 0.1)^2) = 8528
		expect(samplesNeeded(LARGE, 0.1)).toBe(8528);
		expect(samplesNeeded(LARGE, -0.1)).toBe(8528);
	});

	test("needed pairs scale with the square: the detectable shift itself needs about the n at hand, half of it four times as many", () => {
		const shift = minimumDetectableShift(LARGE);
		expect(Math.abs(samplesNeeded(LARGE, shift) - 2000)).toBeLessThanOrEqual(1);
		expect(Math.abs(samplesNeeded(LARGE, shift / 2) - 8000)).toBeLessThanOrEqual(1);
	});

	test("when more than half the differences are equal (MAD 0), sigma is the standard deviation (R: sd = 1.6020819787597222)", () => {
		expectClose(robustSigma([1, 1, 1, 1, 2, 5]), 1.6020819787597222, 1e-12);
		expect(robustSigma([3, 3, 3])).toBe(0);
		expect(robustSigma([7])).toBe(0);
	});

	test("below the fewest pairs that can reject (2^(1-n) <= alpha: 6 two-sided, 5 one-sided at 0.05), nothing is detectable", () => {
		expect(fewestRejectingPairs()).toBe(6);
		expect(fewestRejectingPairs({ alternative: "less" })).toBe(5);
		expect(fewestRejectingPairs({ alpha: 0.0625 })).toBe(5);
		expect(minimumDetectableShift([1, 2, 3, 4, 5])).toBe(Number.POSITIVE_INFINITY);
		expect(minimumDetectableShift([1, 2, 3, 4, 5, 6])).toBeLessThan(Number.POSITIVE_INFINITY);
		expect(samplesNeeded([3, 3, 3], 1)).toBe(6); // no noise at all: the floor
		// And the floor is real: six differences of one sign give R's exact two-sided p = 2^-5 = 0.03125.
		expect(signedRankTest([1, 2, 3, 4, 5, 6]).pValue).toBe(0.03125);
		expect(signedRankTest([1, 2, 3, 4, 5]).pValue).toBe(0.0625);
	});

	test("options out of range are refused", () => {
		expect(() => minimumDetectableShift(LARGE, { alpha: 0 })).toThrow(RangeError);
		expect(() => minimumDetectableShift(LARGE, { power: 1 })).toThrow(RangeError);
		expect(() => samplesNeeded(LARGE, 0)).toThrow(RangeError);
		expect(() => robustSigma([])).toThrow(RangeError);
	});

	test("simulation: normal differences shifted by the detectable shift are detected about 80% of the time", () => {
		// A seeded generator (mulberry32), normals by inversion. The scale comes from 100 exact normal
		// scores, so sigma is about 1 and the shift about 0.287.
		let state = SEED | 0;
		const uniform = (): number => {
			state = (state + 0x6d2b79f5) | 0;
			let t = Math.imul(state ^ (state >>> 15), 1 | state);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296 || 0.5 / 4294967296;
		};
		const n = 100;
		const shift = minimumDetectableShift(Array.from({ length: n }, (_, i) => normalQuantile((i + 0.5) / n)));
		expect(shift).toBeGreaterThan(0.27);
		expect(shift).toBeLessThan(0.3);
		const runs = 2000;
		let detected = 0;
		for (let run = 0; run < runs; run++) {
			const sample = Array.from({ length: n }, () => shift + normalQuantile(uniform()));
			if (signedRankTest(sample).pValue <= 0.05) detected++;
		}
		// Binomial standard error at 0.8 and 2000 runs: 0.009; the approximation itself gives about 0.78.
		expect(detected / runs).toBeGreaterThan(0.74);
		expect(detected / runs).toBeLessThan(0.86);
	});
});

describe("properties", () => {
	// Differences on a 1/8 grid, so that sums, halves and shifts are exact in floating point.
	const eighths = fc.integer({ min: -4000, max: 4000 }).map((i) => i / 8);
	const differencesArb = fc.array(eighths, { minLength: 1, maxLength: 80 });
	const alternativeArb = fc.constantFrom("two-sided" as const, "greater" as const, "less" as const);

	test("p-values lie in [0, 1]; n counts the differences not equal to mu", () => {
		fc.assert(
			fc.property(differencesArb, eighths, alternativeArb, fc.boolean(), (differences, mu, alternative, correct) => {
				const result = signedRankTest(differences, { mu, alternative, correct });
				expect(result.pValue).toBeGreaterThanOrEqual(0);
				expect(result.pValue).toBeLessThanOrEqual(1);
				expect(result.n).toBe(differences.filter((d) => d !== mu).length);
				expect(result.statistic).toBeGreaterThanOrEqual(0);
				expect(result.statistic).toBeLessThanOrEqual((result.n * (result.n + 1)) / 2);
			}),
			{ seed: SEED },
		);
	});

	test("negating the differences swaps 'greater' and 'less' and leaves 'two-sided' alone, exact or not", () => {
		fc.assert(
			fc.property(differencesArb, fc.boolean(), (differences, exact) => {
				const negated = differences.map((d) => -d);
				const test = (values: number[], alternative: "two-sided" | "greater" | "less"): number =>
					signedRankTest(values, { alternative, exact }).pValue;
				expect(Math.abs(test(differences, "greater") - test(negated, "less"))).toBeLessThanOrEqual(1e-12);
				expect(Math.abs(test(differences, "two-sided") - test(negated, "two-sided"))).toBeLessThanOrEqual(1e-12);
			}),
			{ seed: SEED },
		);
	});

	test("testing mu on d is testing 0 on d - mu", () => {
		fc.assert(
			fc.property(differencesArb, eighths, alternativeArb, (differences, mu, alternative) => {
				const shifted = signedRankTest(
					differences.map((d) => d - mu),
					{ alternative },
				);
				expect(signedRankTest(differences, { mu, alternative })).toEqual(shifted);
			}),
			{ seed: SEED },
		);
	});

	test("Hodges-Lehmann: shift equivariant, odd under negation, and the interval holds the estimate", () => {
		fc.assert(
			fc.property(differencesArb, eighths, fc.constantFrom(0.8, 0.9, 0.95, 0.99), (differences, shift, confLevel) => {
				const base = hodgesLehmann(differences, { confLevel });
				const moved = hodgesLehmann(
					differences.map((d) => d + shift),
					{ confLevel },
				);
				// === rather than toBe: 0 and -0 are the same shift.
				expect(moved.estimate === base.estimate + shift).toBe(true);
				expect(moved.lower === base.lower + shift).toBe(true);
				expect(moved.upper === base.upper + shift).toBe(true);
				const negated = hodgesLehmann(
					differences.map((d) => -d),
					{ confLevel },
				);
				expect(negated.estimate === -base.estimate).toBe(true);
				expect(negated.lower === -base.upper).toBe(true);
				expect(base.lower).toBeLessThanOrEqual(base.estimate);
				expect(base.estimate).toBeLessThanOrEqual(base.upper);
				// Coverage is in [0, 1] (0 for a single difference, whose interval is one point), and at
				// least the level asked for whenever the exact k did not have to be raised to 1.
				expect(base.achievedConfLevel).toBeGreaterThanOrEqual(0);
				expect(base.achievedConfLevel).toBeLessThanOrEqual(1);
				if (base.method === "exact" && signedRankQuantile((1 - confLevel) / 2, differences.length) > 0)
					expect(base.achievedConfLevel).toBeGreaterThanOrEqual(confLevel);
			}),
			{ seed: SEED },
		);
	});

	test("the exact interval covers at least its level: a shift outside it is rejected by the test at 1 - level", () => {
		// Duality of the interval and the test (Hollander & Wolfe 3.2): for distinct differences, n < 50,
		// a mu below W(k) or above W(m+1-k) has an exact two-sided p-value <= 1 - confLevel.
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer({ min: -2000, max: 2000 }), { minLength: 6, maxLength: 30 }), (integers) => {
				const differences = integers.map((i) => i / 8);
				const interval = hodgesLehmann(differences);
				// Walsh averages lie on a 1/16 grid; step a quarter of it outside the interval.
				for (const mu of [interval.lower - 1 / 64, interval.upper + 1 / 64]) {
					const result = signedRankTest(differences, { mu });
					if (result.method === "exact") expect(result.pValue).toBeLessThanOrEqual(1 - 0.95 + 1e-12);
				}
			}),
			{ seed: SEED },
		);
	});
});
