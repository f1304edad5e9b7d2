// DESIGN.md, "One injected clock": nothing outside src/core/clock.ts reads the wall clock, so that
// /__control/clock can move time for every expiry. Tests are exempt (they may compare with real time).
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(import.meta.dir, "..");
const SRC = join(ROOT, "src");
const CLOCK = "src/core/clock.ts";
const WALL_CLOCK = /Date\.now\s*\(|new\s+Date\s*\(\s*\)/;

const sourceFiles = (): string[] =>
	readdirSync(SRC, { recursive: true, encoding: "utf8" })
		.filter((path) => /\.(ts|tsx|mts|cts|js|mjs)$/.test(path))
		.map((path) => relative(ROOT, join(SRC, path)).split("\\").join("/"))
		.sort();

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
