// What the timing benchmarks share: a reference started as `gatecheck serve` on a real port (so
// that latency includes the socket, as against any server), and one run of medusa-v2's timing
// checks (one per endpoint, one measurement) against it, reduced to the outcome of each endpoint.
import { KIT_PROFILES } from "../conformance/profiles/index.ts";
import { loadCatalogue, selectChecks } from "../conformance/kit/catalogue.ts";
import { DEFAULT_RUN_OPTIONS, DEFAULT_TIMING_OPTIONS, type TimingOptions } from "../conformance/kit/config.ts";
import type { CheckResult } from "../conformance/kit/result.ts";
import { runChecks } from "../conformance/kit/runner.ts";
import { httpTarget } from "../conformance/kit/target.ts";
import { type ChildServer, startServe } from "../test/support/child-server.ts";

export const TIMING_CHECKS = ["medusa-v2/hardening/login-timing-does-not-reveal-accounts", "medusa-v2/hardening/reset-timing-does-not-reveal-accounts"];

export const startReference = (defects: string[], argon2: string): Promise<ChildServer> =>
	startServe(["--argon2", argon2, ...defects.flatMap((defect) => ["--defect", defect])]);

export interface TimingRun {
	/** leak, no leak detected or inconclusive, per endpoint, from each check's message and notes. */
	outcomes: Map<string, string>;
	results: CheckResult[];
	seconds: number;
}

export const runTimingCheck = async (url: string, seed: number, timing: Partial<TimingOptions> = {}): Promise<TimingRun> => {
	const profile = KIT_PROFILES["medusa-v2"];
	if (!profile) throw new Error("no medusa-v2 kit profile");
	const checks = selectChecks(await loadCatalogue(profile.catalogues), { only: TIMING_CHECKS });
	const started = performance.now();
	const run = await runChecks({
		profile: profile.name,
		checks,
		target: httpTarget(url),
		config: {},
		options: { ...DEFAULT_RUN_OPTIONS, seed, hardening: true, timeoutMs: 120_000, timing: { ...DEFAULT_TIMING_OPTIONS, ...timing } },
		baseCapabilities: profile.baseCapabilities,
	});
	if (run.checks.length !== TIMING_CHECKS.length) throw new Error("the timing checks did not run");
	const outcomes = new Map<string, string>();
	for (const result of run.checks) {
		if (result.status === "error" || result.status === "skip") throw new Error(`${result.id} could not run: ${result.evidence?.message ?? result.missing}`);
		for (const line of [result.evidence?.message ?? "", ...(result.notes ?? [])]) {
			const match = /^(POST \S+): (leak|no leak detected|inconclusive)/.exec(line);
			if (match?.[1] && match[2]) outcomes.set(match[1], match[2]);
		}
	}
	return { outcomes, results: run.checks, seconds: (performance.now() - started) / 1000 };
};

/** Waits until the machine's load average falls under `below` (at most `maxSeconds`), so runs start quiet. */
export const waitForIdle = async (below = 0.5, maxSeconds = 60): Promise<number> => {
	const { loadavg } = await import("node:os");
	for (let waited = 0; waited < maxSeconds; waited += 2) {
		if ((loadavg()[0] ?? 0) < below) return waited;
		await Bun.sleep(2_000);
	}
	return maxSeconds;
};
