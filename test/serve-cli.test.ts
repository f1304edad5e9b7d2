// `gatecheck serve`'s own answers that come from the registry: its help lists every profile with
// its description, --list-defects lists the chosen profile's defects, and a defect the profile does
// not have is a usage error naming the profile.
import { describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadFixtures } from "../src/core/fixtures.ts";
import { findProfile, PROFILE_NAMES } from "../src/profiles/index.ts";

const MAIN = join(import.meta.dir, "..", "src", "main.ts");

const serve = (...args: string[]): { exitCode: number; out: string; err: string } => {
	const child = Bun.spawnSync([process.execPath, "run", MAIN, "serve", ...args]);
	return { exitCode: child.exitCode ?? -1, out: child.stdout.toString(), err: child.stderr.toString() };
};

describe("gatecheck serve and the registry", () => {
	test("--help lists every registered profile with its description", async () => {
		const { exitCode, out } = serve("--help");
		expect(exitCode).toBe(0);
		for (const name of PROFILE_NAMES) expect(out).toContain(`  ${name.padEnd(20)}  ${(await findProfile(name))?.description}`);
	});

	test("--list-defects lists exactly the chosen profile's defects", async () => {
		for (const name of PROFILE_NAMES) {
			const listed = serve("--profile", name, "--list-defects").out.trim().split("\n").map((line) => line.split(/\s+/)[0]);
			expect(listed).toEqual(Object.keys((await findProfile(name))?.defects ?? {}));
		}
	});

	test("every profile reads its shipped fixtures, and a fixtures file of the wrong shape is a usage error saying where", async () => {
		for (const name of PROFILE_NAMES) {
			const raw = await loadFixtures(join(import.meta.dir, "..", "fixtures", `${name}.json`));
			// Some account to log in with: an admin user or a customer (quark has customers only).
			const fixtures = (await findProfile(name))?.readFixtures(raw);
			expect((fixtures?.users.length ?? 0) + (fixtures?.customers.length ?? 0)).toBeGreaterThan(0);
		}
		const bad = join(tmpdir(), `gatecheck-bad-fixtures-${process.pid}.json`);
		writeFileSync(bad, JSON.stringify({ users: [{ id: "u", email: "a@example.com" }] }));
		const { exitCode, err } = serve("--fixtures", bad);
		expect(exitCode).toBe(2);
		expect(err).toContain("gatecheck serve: --fixtures: users[0].password: missing; expected a string");
	});

	test("a defect the profile does not have is a usage error naming the profile", async () => {
		const [first = "", second = ""] = PROFILE_NAMES;
		const firstDefects = (await findProfile(first))?.defects ?? {};
		const onlySecond = Object.keys((await findProfile(second))?.defects ?? {}).filter((defect) => !Object.hasOwn(firstDefects, defect));
		expect(onlySecond.length).toBeGreaterThan(0);
		const { exitCode, err } = serve("--profile", first, "--defect", onlySecond[0] ?? "");
		expect(exitCode).toBe(2);
		expect(err).toContain(`unknown defect "${onlySecond[0]}" for profile ${first}`);
	});
});
