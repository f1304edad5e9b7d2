// `gatecheck check` end to end over a real port: the README's command against the reference,
// its reports, its exit codes, and its usage errors.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { runCheckCommand } from "../../conformance/cli.ts";
import type { RunResult } from "../../conformance/kit/result.ts";
import { KIT_PROFILES } from "../../conformance/profiles/index.ts";
import { listenOnFreePort, makeTestApp, PUBLISHABLE_KEY } from "../support/test-app.ts";

const captured = (): { io: { out(text: string): void; err(text: string): void }; out: string[]; err: string[] } => {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { out: (text) => void out.push(text), err: (text) => void err.push(text) }, out, err };
};

const MAIN = join(import.meta.dir, "..", "..", "src", "main.ts");

describe("gatecheck check over HTTP", () => {
	let url = "";
	let stop = async (): Promise<void> => {};
	const outDir = mkdtempSync(join(tmpdir(), "gatecheck-cli-"));

	beforeAll(async () => {
		({ baseUrl: url, stop } = listenOnFreePort((await makeTestApp()).app));
	});
	afterAll(async () => {
		await stop();
		rmSync(outDir, { recursive: true, force: true });
	});

	test("against the reference with --control: exit 0, a JSON report and a valid JUnit file", async () => {
		const { io, out } = captured();
		const code = await runCheckCommand([url, "--profile", "medusa-v2", "--control", url, "--reporter", "json,junit,console", "--out", outDir], io);
		const report = JSON.parse(readFileSync(join(outDir, "gatecheck.json"), "utf8")) as RunResult;
		const problems = report.checks.filter((check) => check.status === "fail" || check.status === "error");
		expect(problems.map((check) => `${check.id}: ${check.evidence?.message}`)).toEqual([]);
		expect(code).toBe(0);
		expect(report.summary.pass).toBeGreaterThan(0);
		for (const check of report.checks) expect(check.refs.length).toBeGreaterThan(0);
		expect(XMLValidator.validate(readFileSync(join(outDir, "gatecheck.junit.xml"), "utf8"))).toBe(true);
		// picocolors colours output under CI=true; the assertion is about the words.
		const printed = out.join("").replace(/\u001b\[[0-9;]*m/g, "");
		expect(printed).toMatch(/total: \d+ pass, 0 fail, \d+ warn, \d+ skip, 0 error in [\d.]+ s/);
		console.log(printed.split("\n").filter((line) => line.startsWith("total:")).join("\n"));
	}, 60_000);

	test("an observed-tier interoperability miss warns (exit 0), and fails under --strict (exit 1)", async () => {
		const broken = listenOnFreePort((await makeTestApp({ defects: ["bearer-scheme-case-sensitive"] })).app);
		const brokenUrl = broken.baseUrl;
		const argv = [brokenUrl, "--control", brokenUrl, "--only", "medusa-v2/bearer/scheme-variants", "--reporter", "json", "--out", outDir];
		try {
			expect(await runCheckCommand(argv, captured().io)).toBe(0);
			expect((JSON.parse(readFileSync(join(outDir, "gatecheck.json"), "utf8")) as RunResult).checks[0]?.status).toBe("warn");
			expect(await runCheckCommand([...argv, "--strict"], captured().io)).toBe(1);
		} finally {
			await broken.stop();
		}
	}, 60_000);
});

describe("--require", () => {
	test("turns the skips it names into failures that say what was missing; the coverage counts them as not run", async () => {
		const { baseUrl: url, stop } = listenOnFreePort((await makeTestApp()).app);
		const outDir = mkdtempSync(join(tmpdir(), "gatecheck-require-"));
		const argv = [url, "--publishable-key", PUBLISHABLE_KEY, "--only", "medusa-v2/reset/update-is-single-use", "--reporter", "json", "--out", outDir];
		const report = (): RunResult => JSON.parse(readFileSync(join(outDir, "gatecheck.json"), "utf8")) as RunResult;
		try {
			expect(await runCheckCommand(argv, captured().io)).toBe(0);
			expect(report().checks[0]).toMatchObject({ status: "skip", missing: ["reset-mail"] });
			expect(await runCheckCommand([...argv, "--require", "reset-mail"], captured().io)).toBe(1);
			expect(report().checks[0]).toMatchObject({ status: "fail", missing: ["reset-mail"] });
			expect(report().checks[0]?.evidence?.message).toContain("a way to read the reset tokens the target sends: --reset-log <file>");
			expect(report().coverage).toMatchObject({ ran: 0, selected: 1 });
			const { io, err } = captured();
			expect(await runCheckCommand([...argv, "--require", "telepathy"], io)).toBe(2);
			expect(err.join("")).toContain('unknown capability "telepathy" for --require');
		} finally {
			await stop();
			rmSync(outDir, { recursive: true, force: true });
		}
	}, 30_000);
});

describe("gatecheck check usage", () => {
	test("no URL, an unknown reporter or tier, a bad --timeout or timing flag, and an unknown flag are usage errors (exit 2) with the help", async () => {
		for (const argv of [[], ["http://x", "--reporter", "pdf"], ["http://x", "--tier", "gold"], ["http://x", "--timeout", "soon"], ["http://x", "--timing-alpha", "2"], ["http://x", "--timing-pairs", "-5"], ["http://x", "--frobnicate"]]) {
			const { io, err } = captured();
			expect(await runCheckCommand(argv, io)).toBe(2);
			expect(err.join("")).toContain("Usage: gatecheck check <base-url>");
		}
	});

	test("timing flags reach the run's options, and the replay line keeps them", async () => {
		const { readCheckCommand } = await import("../../conformance/kit/cli-options.ts");
		const argv = ["http://x", "--timing-pairs", "500", "--timing-alpha", "0.001", "--timing-negligible", "0", "--timing-calibrate", "--timeout", "2m"];
		const command = await readCheckCommand(argv, KIT_PROFILES);
		if (command === "help") throw new Error("not help");
		expect(command.options.timing).toEqual({ alpha: 0.001, pairs: 500, warmup: 20, negligibleMs: 0, resolutionMs: 1, calibrate: true });
		expect(command.options.timeoutMs).toBe(120_000);
		expect(command.replayBase).toContain("--timing-pairs 500 --timing-alpha 0.001 --timing-negligible 0 --timing-calibrate");
	});

	test("--help prints the usage and exits 0, through the real command", () => {
		const child = Bun.spawnSync([process.execPath, "run", MAIN, "check", "--help"]);
		expect(child.exitCode).toBe(0);
		expect(child.stdout.toString()).toContain("--reporter <list>");
	});
});
