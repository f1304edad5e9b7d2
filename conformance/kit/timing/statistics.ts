// The statistics of the timing-leak check, from the paired differences alone: d_i =
// latency(known account) - latency(unknown account) in ms, one per interleaved pair.
// - signedRankTest: is the median difference mu (0: no leak)? Wilcoxon, as R's wilcox.test.
// - hodgesLehmann: how large is it? The median of Walsh averages, with its distribution-free interval.
// - holm: several routes or flows tested at once, without inflating the false alarms.
// - minimumDetectableShift / samplesNeeded: what a pass can vouch for, and what it would take.
//
// Why written here and not taken from npm: @stdlib/stats-wilcoxon (0.2.3) does the test with exact
// and normal p-values but has no Hodges-Lehmann estimate or interval, and installs 241 packages
// (26 MB); @stdlib's normal CDF and quantile packages alone pull about 150. simple-statistics
// (7.12.1) is small, but its normal CDF (a 1e-7 fit, or a table) and quantile (a few digits) are
// too coarse for p-values compared to R. What is needed is about 300 lines of code (450 with comments) of
// well-known algorithms (Cody's pnorm, Wichura's AS 241, counting for the exact distribution of V),
// tested against R's published and computed values in test/kit/timing-statistics.test.ts, with no
// dependency at all.
export { type DetectionOptions, fewestRejectingPairs, minimumDetectableShift, robustSigma, samplesNeeded } from "./detectable-shift.ts";
export { hodgesLehmann, type ShiftInterval, type ShiftIntervalOptions, walshAverages } from "./hodges-lehmann.ts";
export { holm } from "./holm.ts";
export { normalCdf, normalQuantile, normalSurvival } from "./normal.ts";
export {
	type Alternative,
	type SignedRankOptions,
	type SignedRankResult,
	signedRankCdf,
	signedRankQuantile,
	signedRankTest,
} from "./signed-rank.ts";
