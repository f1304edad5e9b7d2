// Issue 16: the SMTP path end to end, as a user runs it. The reference sends its reset mails over
// SMTP (`serve --smtp`, nodemailer); the kit listens where they go (`check --smtp-sink`, the
// smtp-server library), takes each token out of the mail's link, and the reset checks run on it.
// No control API: the mails are the only way the kit learns a reset token.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunResult } from "../conformance/kit/result.ts";
import { freePort, ROOT, startServe } from "./support/child-server.ts";

const out = mkdtempSync(join(tmpdir(), "gatecheck-smtp-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const check = async (args: string[]): Promise<{ code: number; stdout: string; report: RunResult }> => {
	const dir = mkdtempSync(join(out, "run-"));
	const child = Bun.spawn([process.execPath, "run", "src/main.ts", "check", ...args, "--reporter", "console,json", "--out", dir], {
		cwd: ROOT,
		env: { ...process.env, NO_COLOR: "1" },
		stdout: "pipe",
		stderr: "pipe",
	});
	const [code, stdout, stderr] = await Promise.all([child.exited, new Response(child.stdout).text(), new Response(child.stderr).text()]);
	if (stderr.trim() !== "") throw new Error(`check wrote to stderr:\n${stderr}`);
	return { code, stdout, report: JSON.parse(readFileSync(join(dir, "gatecheck.json"), "utf8")) as RunResult };
};

const cases = [
	{ profile: "medusa-v2", only: "medusa-v2/reset/**", extra: [] as string[], atLeast: 10 },
	// The forgot-password area only: with the reset-password one too, quark's limit on forgot-password
	// requests (a Retry-After of a minute) makes the run wait, as it should, for a minute.
	{ profile: "quark", only: "quark/forgot-password/**", extra: ["--reset-base-url", "http://localhost:3000/reset-password"], atLeast: 4 },
];

describe("serve --smtp → check --smtp-sink", () => {
	for (const { profile, only, extra, atLeast } of cases)
		test(`${profile}: the reset checks take their tokens from the mails and pass`, async () => {
			const sink = await freePort();
			const server = await startServe(["--profile", profile, "--argon2", "test", "--smtp", `smtp://127.0.0.1:${sink}`]);
			try {
				expect(server.banner).toContain("listening on");
				const { code, stdout, report } = await check([server.url, "--profile", profile, "--smtp-sink", String(sink), "--mail-wait", "2s", "--only", only, ...extra]);
				expect(stdout).toContain(`reset mail from the SMTP sink on 127.0.0.1:${sink}`);
				const ran = report.checks.filter((result) => result.status !== "skip");
				expect(ran.map((result) => [result.id, result.status, result.evidence?.message])).toEqual(ran.map((result) => [result.id, "pass", undefined]));
				expect(ran.length).toBeGreaterThanOrEqual(atLeast);
				expect(report.coverage.skippedFor.map((group) => group.capability)).not.toContain("reset-mail");
				expect(code).toBe(0);
			} finally {
				await server.stop();
			}
		}, 90_000);

	test("a sink port already in use is one line and exit 2", async () => {
		const server = await startServe(["--argon2", "test"]);
		try {
			const port = new URL(server.url).port;
			const child = Bun.spawn([process.execPath, "run", "src/main.ts", "check", server.url, "--smtp-sink", port, "--out", out], { cwd: ROOT, stdout: "pipe", stderr: "pipe" });
			const [code, stderr] = await Promise.all([child.exited, new Response(child.stderr).text()]);
			expect([code, stderr]).toEqual([2, `gatecheck check: --smtp-sink cannot listen on 127.0.0.1:${port}: the port is in use\n`]);
		} finally {
			await server.stop();
		}
	}, 30_000);
});
