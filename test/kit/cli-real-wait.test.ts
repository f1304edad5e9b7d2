// Issue 4's must-show, over a real port and without the control API: `gatecheck serve --profile
// carphacom` limits by the socket address, and `gatecheck check --allow-slow` sees the limiter
// recover by really waiting the Retry-After (up to a minute); without --allow-slow the check skips
// and says why. This is the suite's one real-time wait (about a minute).
import { afterAll, beforeAll, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheckCommand } from "../../conformance/cli.ts";
import type { RunResult } from "../../conformance/kit/result.ts";
import { type ChildServer, startServe } from "../support/child-server.ts";

const REAL_WAIT = "carphacom/marketplace/recovers-after-real-wait";
const outDir = mkdtempSync(join(tmpdir(), "gatecheck-real-wait-"));
let server: ChildServer;

beforeAll(async () => {
	server = await startServe(["--profile", "carphacom", "--argon2", "test"]);
});
afterAll(async () => {
	await server.stop();
	rmSync(outDir, { recursive: true, force: true });
});

const check = async (extra: string[]): Promise<{ code: number; result: RunResult["checks"][number] | undefined; printed: string }> => {
	const out: string[] = [];
	const io = { out: (text: string) => void out.push(text), err: (text: string) => void out.push(text) };
	const code = await runCheckCommand([server.url, "--profile", "carphacom", "--only", REAL_WAIT, "--reporter", "json,console", "--out", outDir, ...extra], io);
	const report = JSON.parse(readFileSync(join(outDir, "gatecheck.json"), "utf8")) as RunResult;
	return { code, result: report.checks[0], printed: out.join("").replace(/\u001b\[[0-9;]*m/g, "") };
};

test("without --allow-slow the real-wait check skips, naming what it needs", async () => {
	const { code, result, printed } = await check([]);
	expect(code).toBe(0);
	expect(result).toMatchObject({ status: "skip", missing: ["allow-slow"] });
	expect(printed).toContain(`skip  ${REAL_WAIT} (needs allow-slow)`);
});

test("with --allow-slow it passes by waiting Retry-After for real, with no control API", async () => {
	const started = performance.now();
	const { code, result, printed } = await check(["--allow-slow"]);
	const seconds = (performance.now() - started) / 1000;
	expect({ code, status: result?.status, message: result?.evidence?.message }).toEqual({ code: 0, status: "pass", message: undefined });
	// It announced its wait, and really waited most of the minute (the burst itself takes under a second).
	expect(printed).toMatch(new RegExp(`${REAL_WAIT} waits (59|60) s`));
	expect(seconds).toBeGreaterThan(58);
	console.log(`${REAL_WAIT}: pass after ${seconds.toFixed(1)} s of real time`);
}, 120_000);
