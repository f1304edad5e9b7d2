// Holm's step-down adjustment of p-values for several tests at once (S. Holm, "A simple
// sequentially rejective multiple test procedure", Scand. J. Statist. 6 (1979) 65-70), as R's
// `p.adjust(p, "holm")`: the i-th smallest of m p-values is multiplied by m - i + 1, the products
// made non-decreasing in that order (a later hypothesis is never easier to reject than an earlier
// one) and capped at 1; the results come back in the order of the input.

/** Holm-adjusted p-values, in the order given; reject H_i at level alpha when adjusted[i] <= alpha. */
export const holm = (pValues: readonly number[]): number[] => {
	for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must lie in [0, 1], got ${p}`);
	const m = pValues.length;
	const order = pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]!);
	const adjusted = new Array<number>(m);
	let running = 0;
	order.forEach((index, rank) => {
		running = Math.max(running, Math.min(1, (m - rank) * pValues[index]!));
		adjusted[index] = running;
	});
	return adjusted;
};
