// No reporter prints a secret the run was given (issue 16, "Secrets"): a failing run against a
// broken reference, given the JWT secret, the admin password and every key by flag, writes its
// console, JSON, JUnit and NDJSON reports, and none of those values appears in any of them. With
// --show-secrets the replay line carries them again, so the search below can find what it looks for.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheckCommand } from "../../conformance/cli.ts";
import type { RunResult } from "../../conformance/kit/result.ts";
import { ADMIN, listenOnFreePort, makeTestApp, PUBLISHABLE_KEY, REVOKED_KEY, SECRET_KEY, TEST_JWT_SECRET, WHOLESALE_KEY } from "../support/test-app.ts";

const SECRETS = { "JWT secret": TEST_JWT_SECRET, "admin password": ADMIN.password, "publishable key": PUBLISHABLE_KEY, "other key": WHOLESALE_KEY, "revoked key": REVOKED_KEY, "secret key": SECRET_KEY };
const REPORTS = ["gatecheck.json", "gatecheck.junit.xml", "gatecheck.ndjson"];

describe("reports given secrets", () => {
	let url = "";
	let stop = async (): Promise<void> => {};
	const outDir = mkdtempSync(join(tmpdir(), "gatecheck-secrets-"));

	beforeAll(async () => {
		// Forged and foreign tokens pass, any password logs in: bearer, admin and login checks fail with exchanges.
		const { app } = await makeTestApp({ defects: ["accept-alg-none", "ignore-signature", "customer-token-on-admin", "login-accepts-any-password", "revoked-key-accepted"] });
		({ baseUrl: url, stop } = listenOnFreePort(app));
	});
	afterAll(async () => {
		await stop();
		rmSync(outDir, { recursive: true, force: true });
	});

	const run = async (extra: string[]): Promise<{ code: number; printed: string; report: RunResult; files: string }> => {
		const printed: string[] = [];
		const io = { out: (text: string) => void printed.push(text), err: (text: string) => void printed.push(text) };
		const argv = [
			url,
			"--profile",
			"medusa-v2",
			"--jwt-secret",
			TEST_JWT_SECRET,
			"--admin-email",
			ADMIN.email,
			"--admin-password",
			ADMIN.password,
			"--publishable-key",
			PUBLISHABLE_KEY,
			"--other-publishable-key",
			WHOLESALE_KEY,
			"--revoked-publishable-key",
			REVOKED_KEY,
			"--secret-key",
			SECRET_KEY,
			"--only",
			"medusa-v2/bearer/*,medusa-v2/admin/*,medusa-v2/login/*,medusa-v2/publishable-key/*",
			"--reporter",
			"console,json,junit,ndjson",
			"--out",
			outDir,
			...extra,
		];
		const code = await runCheckCommand(argv, io);
		const files = REPORTS.map((name) => readFileSync(join(outDir, name), "utf8")).join("\n");
		return { code, printed: printed.join(""), report: JSON.parse(readFileSync(join(outDir, "gatecheck.json"), "utf8")) as RunResult, files };
	};

	test("a failing run's console, JSON, JUnit and NDJSON reports hold none of the JWT secret, the password or the keys", async () => {
		const { code, printed, report, files } = await run([]);
		const failed = report.checks.filter((check) => check.status === "fail");
		expect(code).toBe(1);
		expect(failed.length).toBeGreaterThanOrEqual(3);
		// The failures carry evidence that would show the secrets: replay lines with the flags, exchanges that logged in.
		expect(failed.every((check) => check.evidence?.replay.includes("--jwt-secret [redacted]"))).toBe(true);
		expect(printed).toContain("secrets redacted: rerun with --show-secrets");
		for (const [what, secret] of Object.entries(SECRETS)) {
			expect({ what, inConsole: printed.includes(secret) }).toEqual({ what, inConsole: false });
			expect({ what, inReports: files.includes(secret) }).toEqual({ what, inReports: false });
		}
	}, 60_000);

	test("with --show-secrets the same run's replay lines give the secrets back, to paste", async () => {
		const { code, printed, files } = await run(["--show-secrets"]);
		expect(code).toBe(1);
		expect(printed).toContain(`--jwt-secret ${TEST_JWT_SECRET}`);
		expect(files).toContain(`--admin-password ${ADMIN.password}`);
	}, 60_000);
});
