// `npm test`: the whole suite under bun, with a JUnit report, then the one closing line CI reads.
// bun's own summary goes to stderr in a shape CI does not recognise (STACK.md, "Test-runner closing
// lines"), so the counts are taken from the JUnit report of the same run.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "gatecheck-junit-"));
const report = join(dir, "junit.xml");
const child = Bun.spawnSync(
	[process.execPath, "test", "--reporter=junit", `--reporter-outfile=${report}`, ...process.argv.slice(2)],
	{ stdio: ["inherit", "inherit", "inherit"], env: { ...process.env, GATECHECK_SEED: process.env.GATECHECK_SEED ?? "20261122" } },
);

let summary = "0 passed, 1 failed";
try {
	const xml = readFileSync(report, "utf8");
	const head = xml.match(/<testsuites\b[^>]*>/)?.[0] ?? "";
	const attr = (name: string): number => Number(head.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
	const tests = attr("tests");
	const failures = attr("failures") + attr("errors");
	const skipped = attr("skipped");
	summary = `${tests - failures - skipped} passed, ${failures} failed, ${skipped} skipped`;
} catch {
	console.error("no JUnit report was written: the test run itself broke");
}
rmSync(dir, { recursive: true, force: true });
console.log(summary);
process.exit(child.exitCode ?? 1);
