// A security miss fails the run whatever its tier (issue 16, "Severity apart from tier"): against
// the reference with one of these rules broken, a plain `gatecheck check --control` (no --strict,
// no --hardening) exits 1, and the checks that caught it are security checks outside the contract
// tier, which used to warn.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheckCommand } from "../../conformance/cli.ts";
import type { RunResult } from "../../conformance/kit/result.ts";
import { listenOnFreePort, makeTestApp } from "../support/test-app.ts";

const outDir = mkdtempSync(join(tmpdir(), "gatecheck-security-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

// The statistics and the model-based run take most of a run's time and test none of these rules.
const SLOW = "medusa-v2/hardening/*-timing-*,medusa-v2/properties/*";

describe("security misses fail a default run", () => {
	test.each(["cookie-without-httponly", "cors-allow-any-origin", "password-hash-in-response", "session-survives-logout"])(
		"--defect %s: exit 1, failed by a security check of the observed or hardening tier",
		async (defect) => {
			const { baseUrl: url, stop } = listenOnFreePort((await makeTestApp({ defects: [defect] })).app);
			try {
				const code = await runCheckCommand([url, "--control", url, "--skip", SLOW, "--reporter", "json", "--out", outDir], { out: () => {}, err: () => {} });
				const report = JSON.parse(readFileSync(join(outDir, "gatecheck.json"), "utf8")) as RunResult;
				const failed = report.checks.filter((check) => check.status === "fail");
				expect(code).toBe(1);
				expect(failed.length).toBeGreaterThan(0);
				expect(failed.every((check) => check.severity === "security")).toBe(true);
				expect(failed.some((check) => check.tier !== "contract")).toBe(true);
				expect(report.checks.filter((check) => check.status === "error")).toEqual([]);
			} finally {
				await stop();
			}
		},
		60_000,
	);
});
