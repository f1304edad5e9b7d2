// One seed for every property of a run: `npm test` sets GATECHECK_SEED (scripts/test.ts); a bare
// `bun test test/properties` draws one. Each file prints it once, so any failure can be replayed with
// `GATECHECK_SEED=<seed> bun test <file>` (fast-check also prints the path of the counterexample).

/** The seed of this run; a GATECHECK_SEED that is not an integer is an error, not a random seed. */
export const SEED: number = ((): number => {
	const raw = process.env.GATECHECK_SEED;
	if (raw === undefined || raw === "") return Math.floor(Math.random() * 0x7fffffff);
	const value = Number(raw);
	if (!Number.isSafeInteger(value)) throw new Error(`GATECHECK_SEED must be an integer, got ${raw}`);
	return value;
})();

/** `GATECHECK_NUM_RUNS` overrides every property's own default (for a longer soak). */
const runsOverride = Number.parseInt(process.env.GATECHECK_NUM_RUNS ?? "", 10);

export interface RunParameters {
	seed: number;
	numRuns: number;
}

/** The parameters to pass to `fc.assert`. */
export const runParameters = (defaultRuns: number): RunParameters => ({
	seed: SEED,
	numRuns: Number.isSafeInteger(runsOverride) && runsOverride > 0 ? runsOverride : defaultRuns,
});

/** Call once at the top of each property file. */
export const announceSeed = (): void => {
	console.log(`property seed: ${SEED}`);
};
