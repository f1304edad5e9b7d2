// Architecture rules of DESIGN.md that a grep can hold:
// - "One injected clock": nothing outside src/core/clock.ts reads the wall clock, so that
//   /__control/clock can move time for every expiry. Tests are exempt (they may compare with real time).
// - The kit imports nothing from src/: it must work against servers we did not write.
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = join(import.meta.dir, "..");
const SRC = join(ROOT, "src");
const CLOCK = "src/core/clock.ts";
const WALL_CLOCK = /Date\.now\s*\(|new\s+Date\s*\(\s*\)/;

const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: "utf8" })
		.filter((path) => /\.(ts|tsx|mts|cts|js|mjs)$/.test(path))
		.map((path) => relative(ROOT, join(dir, path)).split("\\").join("/"))
		.sort();

const sourceFiles = (): string[] => filesUnder(SRC);

/** `file:line: text` for every line of `file` that reads the wall clock. */
const wallClockReads = (file: string): string[] =>
	readFileSync(join(ROOT, file), "utf8")
		.split("\n")
		.flatMap((line, i) => (WALL_CLOCK.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));

describe("architecture: one injected clock", () => {
	test("the pattern catches both forms and leaves `new Date(now)` alone", () => {
		expect(WALL_CLOCK.test("const t = Date.now();")).toBe(true);
		expect(WALL_CLOCK.test("const d = new Date();")).toBe(true);
		expect(WALL_CLOCK.test("const d = new Date(now);")).toBe(false);
	});

	test("the scan sees the sources, and clock.ts is the one place that reads the wall clock", () => {
		const files = sourceFiles();
		expect(files).toContain(CLOCK);
		expect(files).toContain("src/core/tokens.ts");
		expect(wallClockReads(CLOCK).length).toBeGreaterThan(0);
	});

	test("no file in src/ other than core/clock.ts and tests calls Date.now( or new Date()", () => {
		const offenders = sourceFiles()
			.filter((file) => file !== CLOCK && !/\.test\.[cm]?[jt]sx?$/.test(file))
			.flatMap(wallClockReads);
		expect(offenders).toEqual([]);
	});
});

describe("architecture: the kit stands alone", () => {
	const SPECIFIER = /(?:from\s+|import\s*\(\s*)["']([^"']+)["']/g;

	/** `file:line: text` for every import in `file` that resolves into the top-level src/. */
	const importsOfSrc = (file: string): string[] =>
		readFileSync(join(ROOT, file), "utf8")
			.split("\n")
			.flatMap((line, i) =>
				[...line.matchAll(SPECIFIER)]
					.map((match) => match[1] ?? "")
					.filter((specifier) => specifier.startsWith(".") && resolve(dirname(join(ROOT, file)), specifier).startsWith(`${SRC}/`))
					.map(() => `${file}:${i + 1}: ${line.trim()}`),
			);

	test("the scan resolves paths: conformance/kit is the kit's own, ../../src/ is the server's", () => {
		const probe = "conformance/checks/medusa-v2/flows.ts";
		expect(resolve(dirname(join(ROOT, probe)), "../../kit/context.ts").startsWith(`${SRC}/`)).toBe(false);
		expect(resolve(dirname(join(ROOT, probe)), "../../../src/app.ts").startsWith(`${SRC}/`)).toBe(true);
	});

	test("no file under conformance/ imports from src/", () => {
		const files = filesUnder(join(ROOT, "conformance"));
		expect(files).toContain("conformance/kit/runner.ts");
		expect(files.flatMap(importsOfSrc)).toEqual([]);
	});
});
