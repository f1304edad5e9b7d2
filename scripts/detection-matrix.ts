// The detection matrix (issue 6): every defect of the reference, switched on alone, must make at
// least one conformance check fail; the clean reference must fail none. `bun run scripts/detection-matrix.ts`
// writes docs/DETECTION.md; test/kit/detection-matrix.test.ts runs the same matrix and compares.
//
// Each target (a clean profile, or one defect on its profile) is run in three passes, each against
// a fresh app: the catalogue over http://localhost; the checks that need `tls` over https://localhost
// (an http base URL skips them); and the checks that need `slow-expiry` alone, since the day they wait
// would put the app's clock a day ahead of the kit's for every check after them.
// What makes the caught-by sets the same on every run:
// - runs go one after another, and each runs its checks one at a time: rate-limit-global breaks the
//   isolation between the checks of a run, and which concurrent check met the shared limit depended
//   on scheduling (timing checks want a quiet process too);
// - the app's clock moves only when the kit moves it (the control API, the kit's waits), not with
//   real time, so no result depends on the milliseconds between two requests (that is how a reset
//   record that outlived its token's whole-second exp showed up, since mended in core/reset-tokens.ts);
// - the kit's waits (its sleeps, a server's Retry-After) advance that clock instead of passing for
//   real, so --allow-slow costs nothing and the real-wait and real-expiry checks run too.
import { writeFileSync } from "node:fs";
import { KIT_PROFILES } from "../conformance/profiles/index.ts";
import { loadCatalogue } from "../conformance/kit/catalogue.ts";
import type { KitProfiles } from "../conformance/kit/profile.ts";
import type { RunOptions, TargetConfig } from "../conformance/kit/config.ts";
import type { CheckResult } from "../conformance/kit/result.ts";
import { ManualClock, systemClock } from "../src/core/clock.ts";
import { findProfile, PROFILE_NAMES } from "../src/profiles/index.ts";
import { runKit, TEST_SEED } from "../test/support/kit.ts";
import { makeTestApp, TEST_JWT_SECRET } from "../test/support/test-app.ts";

/** A defect of the matrix, with the profile it is proven against. */
export interface MatrixDefect {
	defect: string;
	profile: string;
	why: string;
}

/**
 * Every defect of every profile of the registry, once, on the first profile that has it: a profile
 * that builds on another (its kit profile runs the other's catalogue too) comes after it and inherits
 * its defects, so an inherited defect is proven on the smallest profile that has the route it
 * breaks, and the bigger profile's own checks do not meet it. Profiles that build on none may name a
 * defect alike (accept-expired-tokens); each such defect is its own and is proven on its own profile.
 */
export const matrixDefects = async (): Promise<MatrixDefect[]> => {
	const rows: MatrixDefect[] = [];
	for (const name of PROFILE_NAMES) {
		const buildsOn = new Set((KIT_PROFILES as KitProfiles)[name]?.catalogues.filter((catalogue) => catalogue !== name));
		for (const [defect, why] of Object.entries((await findProfile(name))?.defects ?? {}))
			if (!rows.some((row) => row.defect === defect && buildsOn.has(row.profile))) rows.push({ defect, profile: name, why });
	}
	return rows;
};

/** The run options of every run of the matrix, as the doc states them. */
export const MATRIX_OPTIONS = {
	strict: true,
	hardening: true,
	allowSlow: true,
	concurrency: 1,
	seed: TEST_SEED,
} satisfies Partial<RunOptions>;

const CONFIG: TargetConfig = { jwtSecret: TEST_JWT_SECRET };
/** The reference's real token lifetime (1 d), for the pass that waits it out on the app's clock. */
const SLOW_EXPIRY_CONFIG: TargetConfig = { ...CONFIG, tokenTtlSeconds: 86_400 };

export interface CheckRef {
	id: string;
	tier: string;
}

export interface DefectRow extends MatrixDefect {
	/** The checks that failed, in id order. */
	caughtBy: CheckRef[];
	/** Checks that errored (the kit broke, not a detection), in id order. */
	errored: CheckRef[];
}

export interface Matrix {
	seed: number;
	rows: DefectRow[];
	/** `profile: check id` of every check that failed or errored on a clean reference. */
	falseAlarms: string[];
	/** Every check of the profiles, with its tier, in id order. */
	checks: CheckRef[];
	/** Checks that skipped on some clean reference, with what they missed. */
	skipped: string[];
}

const byId = (a: CheckRef, b: CheckRef): number => a.id.localeCompare(b.id);
const ref = (result: CheckResult): CheckRef => ({ id: result.id, tier: result.tier });

interface Pass {
	baseUrl: string;
	/** The checks of the pass: those requiring `needs`, or those requiring none of the others' needs. */
	needs?: "tls" | "slow-expiry";
	config: TargetConfig;
}

const PASSES: Pass[] = [
	{ baseUrl: "http://localhost", config: CONFIG },
	{ baseUrl: "https://localhost", needs: "tls", config: CONFIG },
	{ baseUrl: "http://localhost", needs: "slow-expiry", config: SLOW_EXPIRY_CONFIG },
];

const passChecks = async (profile: string, pass: Pass): Promise<string[]> => {
	const kit = (KIT_PROFILES as KitProfiles)[profile];
	if (!kit) throw new Error(`no kit profile ${profile}`);
	const special = PASSES.flatMap((other) => (other.needs ? [other.needs] : []));
	return (await loadCatalogue(kit.catalogues))
		.filter((check) => (pass.needs ? check.requires.includes(pass.needs) : !special.some((need) => check.requires.includes(need))))
		.map((check) => check.id);
};

/** Every pass against a fresh app of `profile` with `defects` on: every check's result, in id order. */
export const runTarget = async (profile: string, defects: string[]): Promise<CheckResult[]> => {
	const results: CheckResult[] = [];
	for (const pass of PASSES) {
		const only = await passChecks(profile, pass);
		if (only.length === 0) continue;
		// Token times are whole seconds: every pass starts on one, whenever it runs.
		const clock = new ManualClock(Math.floor(systemClock.now() / 1000) * 1000);
		const { app, runtime } = await makeTestApp({ profile, defects, clock });
		const wait = async (ms: number): Promise<void> => runtime.clock.advance(ms);
		const run = await runKit(app, { profile, baseUrl: pass.baseUrl, selection: { only }, config: pass.config, options: MATRIX_OPTIONS, wait });
		results.push(...run.checks);
	}
	return results.sort(byId);
};

export const buildMatrix = async (): Promise<Matrix> => {
	const falseAlarms: string[] = [];
	const skipped: string[] = [];
	const checks = new Map<string, CheckRef>();
	for (const profile of PROFILE_NAMES) {
		for (const result of await runTarget(profile, [])) {
			checks.set(result.id, ref(result));
			if (result.status === "fail" || result.status === "error") falseAlarms.push(`${profile}: ${result.id} (${result.status})`);
			if (result.status === "skip") skipped.push(`${profile}: ${result.id} (needs ${result.missing?.join(", ")})`);
		}
	}
	const rows: DefectRow[] = [];
	for (const row of await matrixDefects()) {
		const results = await runTarget(row.profile, [row.defect]);
		rows.push({
			...row,
			caughtBy: results.filter((result) => result.status === "fail").map(ref),
			errored: results.filter((result) => result.status === "error").map(ref),
		});
	}
	return { seed: MATRIX_OPTIONS.seed, rows, falseAlarms, checks: [...checks.values()].sort(byId), skipped };
};

export const detected = (matrix: Matrix): DefectRow[] => matrix.rows.filter((row) => row.caughtBy.length > 0);

export const summaryLine = (matrix: Matrix): string =>
	`defects detected: ${detected(matrix).length} of ${matrix.rows.length}, false alarms on the clean reference: ${matrix.falseAlarms.length}`;

const code = (text: string): string => `\`${text}\``;
const cell = (text: string): string => text.replaceAll("|", "\\|");
const checkList = (checks: CheckRef[]): string => checks.map((check) => `${code(check.id)} (${check.tier})`).join("<br>");

export const renderMarkdown = (matrix: Matrix): string => {
	const catches = new Map(matrix.checks.map((check) => [check.id, 0]));
	for (const row of matrix.rows) for (const check of row.caughtBy) catches.set(check.id, (catches.get(check.id) ?? 0) + 1);
	const weighted = matrix.checks
		.filter((check) => (catches.get(check.id) ?? 0) > 0)
		.sort((a, b) => (catches.get(b.id) ?? 0) - (catches.get(a.id) ?? 0) || byId(a, b));
	const idle = matrix.checks.filter((check) => catches.get(check.id) === 0);
	const lines = [
		"# Detection matrix",
		"",
		"A conformance kit is worth the bugs it catches. Each row below is the reference server with one",
		"defect switched on (`gatecheck serve --defect <name>`, listed by `--list-defects`), and the checks",
		"that failed against it. A false alarm is a check that fails or errors against the clean reference.",
		"",
		"How it is made: `scripts/detection-matrix.ts` runs the kit in-process against fresh reference apps",
		"(each defect on the first profile of the registry that has it: a profile that builds on another",
		"inherits its defects, and they are proven on the one it builds on, whose checks are run; profiles",
		"that build on none have their own, even where a name is alike) with the control API,",
		"the JWT secret and the fixture credentials, in three passes: the catalogue over `http://localhost`;",
		"the checks that need `tls` (cookie `Secure` and `SameSite`) over `https://localhost`; and the checks",
		"that need `slow-expiry` alone, told the reference's real 1-day token lifetime (the day they wait",
		"would put the app's clock a day ahead of the kit's for every check after them). Run options:",
		`\`--strict --hardening --allow-slow --concurrency 1 --seed ${matrix.seed}\` (the default property runs).`,
		"The app's clock moves only when the kit moves it (the control API, and the kit's waits, which",
		"advance it instead of sleeping), and checks run one at a time, so that every run gives the same",
		"table: no result depends on scheduling or on how many milliseconds pass between two requests.",
		"A check counts as catching a defect when it fails; an `error` (the kit broke) is not a catch.",
		"",
		"Regenerate with `npm run detection-matrix` (`bun run scripts/detection-matrix.ts`);",
		"`test/kit/detection-matrix.test.ts`, part of `npm test`, runs the same matrix and fails when this",
		"file is not what it renders, when a defect is caught by nothing, or when the clean reference fails",
		"or errors a check.",
		"",
		`**${summaryLine(matrix)}**`,
		"",
		...(matrix.falseAlarms.length > 0 ? ["False alarms:", "", ...matrix.falseAlarms.map((alarm) => `- ${code(alarm)}`), ""] : []),
		"| defect | profile | what it breaks | caught by |",
		"|---|---|---|---|",
		...matrix.rows.map((row) => {
			const caught = row.caughtBy.length === 0 ? "**nothing**" : checkList(row.caughtBy);
			const errors = row.errored.length === 0 ? "" : `<br>errored: ${checkList(row.errored)}`;
			return `| ${code(row.defect)} | ${row.profile} | ${cell(row.why)} | ${caught}${errors} |`;
		}),
		"",
		"## Defects caught per check",
		"",
		"| check | tier | defects caught |",
		"|---|---|---|",
		...weighted.map((check) => `| ${code(check.id)} | ${check.tier} | ${catches.get(check.id)} |`),
		"",
		`${idle.length} checks catch none of these defects. Each of them is still shown to fail against a`,
		"server that breaks its rule by the seen-to-fail tests (`test/kit/seen-to-fail-*.test.ts`, and",
		"`test/kit/timing-check.test.ts` for the timing checks; the matrix test holds each to being named",
		"there), mostly against a small broken wrapper around the reference where no defect breaks exactly",
		"that rule:",
		"",
		...idle.map((check) => `- ${code(check.id)} (${check.tier})`),
		"",
	];
	if (matrix.skipped.length > 0)
		lines.push("Checks that skipped in these runs:", "", ...matrix.skipped.map((line) => `- ${line}`), "");
	return lines.join("\n");
};

export const DETECTION_DOC = new URL("../docs/DETECTION.md", import.meta.url).pathname;

if (import.meta.main) {
	console.log(`property seed: ${MATRIX_OPTIONS.seed}`);
	const matrix = await buildMatrix();
	writeFileSync(DETECTION_DOC, renderMarkdown(matrix));
	console.log(summaryLine(matrix));
	for (const alarm of matrix.falseAlarms) console.log(`false alarm: ${alarm}`);
	for (const row of matrix.rows) if (row.caughtBy.length === 0) console.log(`undetected: ${row.defect}`);
}
