// `gatecheck serve`'s own answers that come from the registry: its help lists every profile with
// its description, --list-defects lists the chosen profile's defects, and a defect the profile does
// not have is a usage error naming the profile.
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
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
