// Runs the conformance kit in-process against a reference app (its `handle` as the target, its
// control API at the same origin): how the tests prove checks pass on the reference and fail on
// a broken one.
import type { Elysia } from "elysia";
import { KIT_PROFILES } from "../../conformance/profiles/index.ts";
import { loadCatalogue, type Selection, selectChecks } from "../../conformance/src/catalogue.ts";
import { DEFAULT_RUN_OPTIONS, type RunOptions, type TargetConfig } from "../../conformance/src/config.ts";
import type { RunResult } from "../../conformance/src/result.ts";
import { runChecks } from "../../conformance/src/runner.ts";
import { handlerTarget } from "../../conformance/src/target.ts";
import { sendFrom } from "./test-app.ts";

export const TEST_SEED = Number(process.env.GATECHECK_SEED ?? DEFAULT_RUN_OPTIONS.seed);

export interface KitRun {
	selection?: Selection;
	options?: Partial<RunOptions>;
	config?: TargetConfig;
	profile?: string;
}

export const runKit = async (app: Elysia, run: KitRun = {}): Promise<RunResult> => {
	const profile = KIT_PROFILES[run.profile ?? "medusa-v2"];
	if (!profile) throw new Error(`no kit profile ${run.profile}`);
	const checks = selectChecks(await loadCatalogue(profile.catalogues), run.selection ?? {});
	if (checks.length === 0) throw new Error(`no check matches ${JSON.stringify(run.selection)}`);
	return runChecks({
		profile: profile.name,
		checks,
		target: handlerTarget(
			(request) => app.handle(request),
			"http://localhost",
			(address, request) => app.handle(sendFrom(address, request)),
		),
		config: { controlUrl: "http://localhost", ...run.config },
		options: { ...DEFAULT_RUN_OPTIONS, seed: TEST_SEED, ...run.options },
		baseCapabilities: profile.baseCapabilities,
		references: profile.refs,
	});
};
