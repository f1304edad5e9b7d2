// `gatecheck fixtures init` (issue 19): the real command, run in an empty folder as a user would,
// writes a starter file that `gatecheck serve --fixtures` accepts and whose "$schema" an editor can
// follow, refuses to overwrite a file without --force, and answers --help.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fixturesSchemaPath, shippedFixturesPath } from "../src/cli/fixtures-schema.ts";
import { readServeOptions } from "../src/cli/serve-options.ts";
import { ROOT } from "./support/child-server.ts";

const work = mkdtempSync(join(tmpdir(), "gatecheck-fixtures-init-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const gatecheck = (cwd: string, ...args: string[]): { exitCode: number; out: string; err: string } => {
	const child = Bun.spawnSync([process.execPath, "run", join(ROOT, "src", "main.ts"), ...args], { cwd });
	return { exitCode: child.exitCode ?? -1, out: child.stdout.toString(), err: child.stderr.toString() };
};

const folder = (name: string): string => {
	const path = join(work, name);
	mkdirSync(path, { recursive: true });
	return path;
};

describe("gatecheck fixtures init", () => {
	test("writes gatecheck.fixtures.json: the shipped fixtures with a $schema that resolves, which serve --fixtures accepts", async () => {
		const cwd = folder("default");
		const { exitCode, out } = gatecheck(cwd, "fixtures", "init");
		expect(exitCode).toBe(0);
		expect(out).toContain("gatecheck serve --profile medusa-v2 --fixtures gatecheck.fixtures.json");
		const written = join(cwd, "gatecheck.fixtures.json");
		const { $schema, ...starter } = JSON.parse(readFileSync(written, "utf8")) as { $schema: string };
		const { $schema: _shipped, ...shipped } = JSON.parse(readFileSync(shippedFixturesPath("medusa-v2"), "utf8")) as { $schema: string };
		expect(starter).toEqual(shipped);
		expect(resolve(cwd, $schema)).toBe(fixturesSchemaPath("medusa-v2"));
		const options = await readServeOptions(["--fixtures", written], {});
		expect(typeof options === "object" && "app" in options && options.app.fixtures).toEqual({ $schema, ...shipped });
	});

	test("--profile and --out: another profile's fixtures, elsewhere, with $schema relative to where it is written", async () => {
		const cwd = folder("other");
		folder("other/seed");
		expect(gatecheck(cwd, "fixtures", "init", "--profile", "quark", "--out", "seed/quark.json").exitCode).toBe(0);
		const written = join(cwd, "seed", "quark.json");
		const { $schema } = JSON.parse(readFileSync(written, "utf8")) as { $schema: string };
		expect(resolve(dirname(written), $schema)).toBe(fixturesSchemaPath("quark"));
		expect(typeof (await readServeOptions(["--profile", "quark", "--fixtures", written], {}))).toBe("object");
	});

	test("refuses to overwrite a file without --force (exit 2, the file unchanged); --force overwrites it", () => {
		const cwd = folder("exists");
		const written = join(cwd, "gatecheck.fixtures.json");
		writeFileSync(written, "{}");
		const refused = gatecheck(cwd, "fixtures", "init");
		expect(refused).toEqual({
			exitCode: 2,
			out: "",
			err: "gatecheck fixtures init: gatecheck.fixtures.json exists already; give --force to overwrite it, or --out <file> to write another file\n",
		});
		expect(readFileSync(written, "utf8")).toBe("{}");
		expect(gatecheck(cwd, "fixtures", "init", "--force").exitCode).toBe(0);
		expect(readFileSync(written, "utf8")).toContain('"customers"');
	});

	test("a usage mistake is exit 2 with the usage; a folder that is not there is exit 2 with one line", () => {
		const cwd = folder("usage");
		const unknown = gatecheck(cwd, "fixtures", "init", "--profile", "nope");
		expect([unknown.exitCode, unknown.err.split("\n")[0]]).toEqual([2, 'gatecheck fixtures init: unknown profile "nope"; available: medusa-v2, carphacom, medusa-v1, quark']);
		expect(unknown.err).toContain("Usage: gatecheck fixtures init [options]");
		expect(gatecheck(cwd, "fixtures").exitCode).toBe(2);
		expect(gatecheck(cwd, "fixtures", "init", "--out", "no/such/folder/f.json")).toMatchObject({
			exitCode: 2,
			err: "gatecheck fixtures init: cannot write no/such/folder/f.json: no such directory no/such/folder\n",
		});
	});

	test("--help on fixtures and on init, and the top-level help lists the command", () => {
		const cwd = folder("help");
		const init = gatecheck(cwd, "fixtures", "init", "--help");
		expect([init.exitCode, init.out.split("\n")[0]]).toEqual([0, "Usage: gatecheck fixtures init [options]"]);
		expect(init.out).toContain("--force            overwrite the file if it exists");
		const fixtures = gatecheck(cwd, "fixtures", "--help");
		expect([fixtures.exitCode, fixtures.out.split("\n")[0]]).toEqual([0, "Usage: gatecheck fixtures <command> [options]"]);
		expect(gatecheck(cwd, "--help").out).toContain("  fixtures   write a starter fixtures file for serve --fixtures (gatecheck fixtures --help)");
	});
});
