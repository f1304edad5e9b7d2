// Runs the conformance kit in-process against a reference app (its `handle` as the target, its
// control API at the same origin): how the tests prove checks pass on the reference and fail on
// a broken one.
import { loadCatalogue, type Selection, selectChecks } from "../../conformance/kit/catalogue.ts";
import { DEFAULT_RUN_OPTIONS, type RunOptions, type TargetConfig } from "../../conformance/kit/config.ts";
import { fromProfile, type KitProfile, type KitProfiles } from "../../conformance/kit/profile.ts";
import type { CheckResult, RunResult } from "../../conformance/kit/result.ts";
import { type RunRequest, runChecks } from "../../conformance/kit/runner.ts";
import { handlerTarget, type Wait } from "../../conformance/kit/target.ts";
import { KIT_PROFILES } from "../../conformance/profiles/index.ts";
import { DEFAULT_PROFILE } from "../../src/profiles/index.ts";
import { describe, expect, test } from "bun:test";
import { makeTestApp, sendFrom } from "./test-app.ts";

export type Handler = (request: Request) => Promise<Response>;

/** A defect of the profile under test, by name (gatecheck serve --list-defects). */
export type DefectName = string;

/** A reference app, or a small broken target standing in for one: only `handle` is called. */
export interface Handles {
	handle: Handler;
}

export const TEST_SEED = Number(process.env.GATECHECK_SEED ?? DEFAULT_RUN_OPTIONS.seed);

export interface KitRun {
	selection?: Selection;
	options?: Partial<RunOptions>;
	config?: TargetConfig;
	/** A profile of the registries by name, the default one unless given. */
	profile?: string;
	/** A kit profile of the test's own, in place of the registry's. */
	kitProfile?: KitProfile;
	/** https://localhost to stand for a server behind TLS; http://localhost by default. */
	baseUrl?: string;
	/** How the kit waits for the target's time (Target.wait): real time unless a test moves the app's clock. */
	wait?: Wait;
	/**
	 * runCheckAgainst and seenToFail only: the kit's waits (its sleeps, a Retry-After) move the test
	 * app's clock instead of passing for real, for a profile whose rate limits the kit's own pace meets.
	 */
	waitOnAppClock?: boolean;
	/** Receives what checks announce (RunRequest.onAnnounce). */
	onAnnounce?: RunRequest["onAnnounce"];
	/** Where reset mail comes from, in place of the app's control outbox (RunRequest.mail). */
	mail?: RunRequest["mail"];
}

export const runKit = async (app: Handles, run: KitRun = {}): Promise<RunResult> => {
	const profile = run.kitProfile ?? (KIT_PROFILES as KitProfiles)[run.profile ?? DEFAULT_PROFILE];
	if (!profile) throw new Error(`no kit profile ${run.profile}`);
	const checks = selectChecks(await loadCatalogue(profile.catalogues), run.selection ?? {});
	if (checks.length === 0) throw new Error(`no check matches ${JSON.stringify(run.selection)}`);
	return runChecks({
		...fromProfile(profile),
		checks,
		target: handlerTarget((request) => app.handle(request), {
			baseUrl: run.baseUrl,
			fetchFrom: (address, request) => app.handle(sendFrom(address, request)),
			wait: run.wait,
		}),
		config: { controlUrl: run.baseUrl ?? "http://localhost", ...run.config },
		// The reference's outbox is written before it answers (outboxLagMs 0), so a wait for mail only
		// ever runs out on a server that sends none: half a second says so as surely as five.
		options: { ...DEFAULT_RUN_OPTIONS, seed: TEST_SEED, mailWaitMs: 500, ...run.options },
		onAnnounce: run.onAnnounce,
		mail: run.mail,
	});
};

/** How a run waits: on the app's clock when `run.waitOnAppClock` says so, else as `run.wait` says. */
const waitOf = (run: KitRun, runtime: { clock: { advance(ms: number): unknown } }): Wait | undefined =>
	run.waitOnAppClock ? async (ms) => void runtime.clock.advance(ms) : run.wait;

/**
 * Runs one check against the reference of `run.profile` broken on purpose: a defect switched on, or
 * a wrapper around its handler (a small broken target), for the seen-to-fail tests.
 */
export const runCheckAgainst = async (
	checkId: string,
	breaker: DefectName | ((handle: Handler) => Handler),
	run: KitRun = {},
): Promise<CheckResult> => {
	const { app, runtime } = await makeTestApp({ profile: run.profile ?? DEFAULT_PROFILE, defects: typeof breaker === "string" ? [breaker] : [] });
	const handle: Handler = (request) => app.handle(request);
	const target = { handle: typeof breaker === "string" ? handle : breaker(handle) };
	const wait = waitOf(run, runtime);
	const result = (await runKit(target, { ...run, wait, selection: { only: [checkId] } })).checks[0];
	if (!result) throw new Error(`no result for ${checkId}`);
	return result;
};

/** What breaks each check's rule: a defect of the profile, or a wrapper of the reference's handler. */
export type Breakers = Readonly<Record<string, DefectName | ((handle: Handler) => Handler)>>;

/**
 * The seen-to-fail tests of some areas of a profile: every check of `areas` passes on the reference,
 * each has a breaker, and each fails with evidence (not an error: a check that broke on its own
 * would not show the rule caught) on a server its breaker breaks.
 */
export const seenToFail = (title: string, areas: string[], breakers: Breakers, run: KitRun & { profile: string }, timeoutMs = 30_000): void =>
	describe(title, () => {
		test(
			"every one passes on the reference",
			async () => {
				const { app, runtime } = await makeTestApp({ profile: run.profile });
				const wait = waitOf(run, runtime);
				const result = await runKit(app, { ...run, wait, selection: { only: areas } });
				expect(result.checks.map((check) => [check.id, check.status, check.evidence?.message])).toEqual(
					result.checks.map((check) => [check.id, "pass", undefined]),
				);
				expect(Object.keys(breakers).sort()).toEqual(result.checks.map((check) => check.id).sort());
			},
			timeoutMs * 2,
		);

		for (const [id, breaker] of Object.entries(breakers))
			test(
				`${id} fails on a server that breaks it (${typeof breaker === "string" ? `defect ${breaker}` : "broken target"})`,
				async () => {
					const result = await runCheckAgainst(id, breaker, run);
					expect([result.status, result.evidence?.message !== undefined]).toEqual(["fail", true]);
				},
				timeoutMs,
			);
	});

/**
 * A server 3 ms slower on POST `path` for requests about the account a timing check registers (its
 * e-mail is labelled "timing"): a latency leak on that one endpoint.
 */
export const slowerForTheTimedAccount =
	(path: string) =>
	(handle: Handler): Handler =>
	async (request) => {
		if (request.method === "POST" && new URL(request.url).pathname === path) {
			const body = (await request.clone().json().catch(() => ({}))) as { email?: unknown };
			if (/-timing@/.test(String(body.email))) await Bun.sleep(3);
		}
		return handle(request);
	};
