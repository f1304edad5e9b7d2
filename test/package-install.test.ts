// Installable with npm alone (issue 16): `npm pack`, then in an empty folder `npm install` of the
// tarball, and the installed command answers --version, `serve --help` and `check --help`, and
// serves. npm takes the dependencies from its cache when it has them (`npm ci` filled it).
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, ROOT, START_TIMEOUT_MS, waitForLine } from "./support/child-server.ts";

const { name, version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
const work = mkdtempSync(join(tmpdir(), "gatecheck-install-"));
const consumer = join(work, "empty-project");
const bin = join(consumer, "node_modules", ".bin", "gatecheck");

const sh = (argv: string[], cwd: string): { exitCode: number; out: string; err: string } => {
	const child = Bun.spawnSync(argv, { cwd, env: { ...process.env, NO_COLOR: "1" } });
	return { exitCode: child.exitCode ?? -1, out: child.stdout.toString(), err: child.stderr.toString() };
};

beforeAll(() => {
	const packed = sh(["npm", "pack", "--silent", "--pack-destination", work], ROOT);
	if (packed.exitCode !== 0) throw new Error(`npm pack failed: ${packed.err}`);
	const tarball = join(work, packed.out.trim().split("\n").at(-1) ?? "");
	sh(["mkdir", "-p", consumer], work);
	const installed = sh(["npm", "install", "--prefer-offline", "--no-audit", "--no-fund", tarball], consumer);
	if (installed.exitCode !== 0) throw new Error(`npm install of the tarball failed: ${installed.err}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed tarball, installed into an empty project", () => {
	test("holds what runs and nothing of the tests", () => {
		const files = sh(["npm", "pack", "--dry-run", "--json"], ROOT);
		const listed = (JSON.parse(files.out) as Array<{ files: Array<{ path: string }> }>)[0]?.files.map((file) => file.path) ?? [];
		expect(listed).toContain("bin/gatecheck.mjs");
		expect(listed).toContain("src/main.ts");
		expect(listed).toContain("fixtures/medusa-v2.json");
		expect(listed).toContain("docs/fixtures/medusa-v2.schema.json");
		expect(listed.filter((path) => path.endsWith(".test.ts") || path.startsWith("test/") || path.startsWith("bench/"))).toEqual([]);
	}, 60_000);

	test("--version, serve --help and check --help answer from there", () => {
		expect(sh([bin, "--version"], consumer)).toMatchObject({ exitCode: 0, out: `${name} ${version}\n` });
		const serveHelp = sh([bin, "serve", "--help"], consumer);
		expect([serveHelp.exitCode, serveHelp.out.split("\n")[0]]).toEqual([0, "Usage: gatecheck serve [options]"]);
		const checkHelp = sh([bin, "check", "--help"], consumer);
		expect([checkHelp.exitCode, checkHelp.out.split("\n")[0]]).toEqual([0, "Usage: gatecheck check <base-url> [options]"]);
	}, 60_000);

	test("fixtures init writes a starter file whose $schema is the installed package's schema", () => {
		expect(sh([bin, "fixtures", "init"], consumer).exitCode).toBe(0);
		const { $schema } = JSON.parse(readFileSync(join(consumer, "gatecheck.fixtures.json"), "utf8")) as { $schema: string };
		expect($schema).toBe(`./node_modules/${name}/docs/fixtures/medusa-v2.schema.json`);
		expect(JSON.parse(readFileSync(join(consumer, $schema), "utf8"))).toMatchObject({ title: "gatecheck medusa-v2 fixtures" });
	}, 60_000);

	test("serve starts the reference with the packaged fixtures, and answers", async () => {
		const port = await freePort();
		const child = Bun.spawn([bin, "serve", "--port", String(port), "--argon2", "test"], { cwd: consumer, stdout: "pipe", stderr: "pipe" });
		try {
			expect(await waitForLine(child.stdout, "listening on", START_TIMEOUT_MS)).toContain(`listening on http://127.0.0.1:${port}`);
			const answer = await fetch(`http://127.0.0.1:${port}/store/customers/me`);
			expect([answer.status, ((await answer.json()) as { type: string }).type]).toEqual([400, "not_allowed"]);
		} finally {
			child.kill();
			await child.exited;
		}
	}, 30_000);
});
