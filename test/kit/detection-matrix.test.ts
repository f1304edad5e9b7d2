// The detection matrix (issue 6), run once: every defect of the reference is caught by some check,
// the clean reference of each profile fails none, and docs/DETECTION.md is what this run renders.
// The matrix itself lives in scripts/detection-matrix.ts, which also regenerates the doc.
import { beforeAll, describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { DEFAULT_RUN_OPTIONS } from "../../conformance/kit/config.ts";
import { buildMatrix, DETECTION_DOC, type Matrix, MATRIX_OPTIONS, renderMarkdown, summaryLine } from "../../scripts/detection-matrix.ts";
import { findProfile, PROFILE_NAMES } from "../../src/profiles/index.ts";

/** Every defect name of every registered profile. */
const allDefects = async (): Promise<Set<string>> => {
	const names = new Set<string>();
	for (const name of PROFILE_NAMES) for (const defect of Object.keys((await findProfile(name))?.defects ?? {})) names.add(defect);
	return names;
};

let matrix: Matrix;

beforeAll(async () => {
	console.log(`property seed: ${MATRIX_OPTIONS.seed}`);
	matrix = await buildMatrix();
	console.log(summaryLine(matrix));
}, 150_000);

/** The tests that show checks failing one by one: the seen-to-fail files, and the timing check's own. */
const isSeenToFail = (name: string): boolean => /^seen-to-fail-.*\.test\.ts$/.test(name) || name === "timing-check.test.ts";

const seenToFailSources = (): string => {
	const dir = new URL("./", import.meta.url).pathname;
	return readdirSync(dir)
		.filter(isSeenToFail)
		.map((name) => readFileSync(`${dir}${name}`, "utf8"))
		.join("\n");
};

describe("the detection matrix", () => {
	test("covers every defect of every profile once, at least 30, on every profile that has its own", async () => {
		const defects = matrix.rows.map((row) => row.defect);
		expect(new Set(defects)).toEqual(await allDefects());
		// Once per profile: an inherited defect is not proven again on the profile that builds on
		// another (carphacom on medusa-v2), while medusa-v1's and medusa-v2's accept-expired-tokens are
		// two defects of two profiles.
		const distinct = new Set(matrix.rows.map((row) => `${row.profile}: ${row.defect}`));
		expect(matrix.rows.length).toBe(distinct.size);
		expect(matrix.rows.filter((row) => row.profile === "carphacom" && defects.filter((d) => d === row.defect).length > 1)).toEqual([]);
		expect(matrix.rows.length).toBeGreaterThanOrEqual(30);
		expect(new Set(matrix.rows.map((row) => row.profile))).toEqual(new Set(PROFILE_NAMES));
	});

	test("the clean reference of each profile fails and errors no check (strict, hardening)", () => {
		expect(matrix.falseAlarms).toEqual([]);
	});

	test("every check of both profiles runs on the clean reference: none skips", () => {
		expect(matrix.skipped).toEqual([]);
	});

	test("every defect is caught by at least one failing check", () => {
		const missed = matrix.rows.filter((row) => row.caughtBy.length === 0);
		expect(missed.map((row) => row.defect)).toEqual([]);
	});

	test("no check errors under any defect: the kit breaking is not a detection", () => {
		const errored = matrix.rows.filter((row) => row.errored.length > 0);
		expect(errored.map((row) => `${row.defect}: ${row.errored.map((check) => check.id).join(", ")}`)).toEqual([]);
	});

	test("every check that catches no defect is shown to fail by a seen-to-fail test (or the timing check's own), as the doc says", () => {
		const caught = new Set(matrix.rows.flatMap((row) => row.caughtBy.map((check) => check.id)));
		const sources = seenToFailSources();
		const unproven = matrix.checks.filter((check) => !caught.has(check.id) && !sources.includes(`"${check.id}"`));
		expect(unproven.map((check) => check.id)).toEqual([]);
	});

	// The doc is made with the default seed (the one `npm test` uses); another seed renders another run line.
	test.skipIf(MATRIX_OPTIONS.seed !== DEFAULT_RUN_OPTIONS.seed)("docs/DETECTION.md is what this run renders (npm run detection-matrix)", () => {
		expect(readFileSync(DETECTION_DOC, "utf8"), "docs/DETECTION.md is stale: run npm run detection-matrix").toBe(renderMarkdown(matrix));
	});
});
