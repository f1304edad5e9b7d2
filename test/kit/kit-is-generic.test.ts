// Issue 13: the kit's shared code (conformance/kit/) names no profile, not even in a comment or a
// help text. What only one profile knows lives in its folder, conformance/profiles/<name>/, and
// reaches the kit through the registry, so a new profile never means editing the kit.
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { KIT_PROFILES } from "../../conformance/profiles/index.ts";

const ROOT = join(import.meta.dir, "..", "..");
const KIT = join(ROOT, "conformance", "kit");
const PROFILE_FOLDERS = join(ROOT, "conformance", "profiles");

/** The registry's names, and those of profile folders not registered yet. */
const profileNames = (): string[] => {
	const folders = readdirSync(PROFILE_FOLDERS, { withFileTypes: true }).filter((entry) => entry.isDirectory());
	return [...new Set([...Object.keys(KIT_PROFILES), ...folders.map((entry) => entry.name)])].sort();
};

/** A name as code and prose spell it: medusa-v2 also as MedusaV2, MEDUSA_V2 or "medusa v2". */
const spellings = (name: string): RegExp => new RegExp(name.split(/[-_]/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[-_ ]?"), "i");

/** `line: name` for every line of `text` that names one of the profiles. */
const profileMentions = (text: string, names: string[]): string[] =>
	text.split("\n").flatMap((line, index) => names.filter((name) => spellings(name).test(line)).map((name) => `${index + 1}: ${name}`));

const kitFiles = (): string[] =>
	readdirSync(KIT, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split("\\").join("/"))
		.sort();

describe("the kit names no profile", () => {
	test("the names are the registry's and the profile folders', and the scan finds every spelling of them", () => {
		const names = profileNames();
		expect(names).toEqual(expect.arrayContaining(["carphacom", "medusa-v2"]));
		const probe = [
			"// A read-only admin user (carphacom's \"support\" role).",
			"import { defineMedusaV2Check } from \"../profiles/medusa-v2/refs.ts\";",
			"const DEFAULT = \"MEDUSA_V2\";",
			"  --profile <name>              contract to check against (default ${defaultProfile(profiles)})",
			"// Medusa 2.21.2 is an upstream, not a profile name.",
		].join("\n");
		expect(profileMentions(probe, names)).toEqual(["1: carphacom", "2: medusa-v2", "3: medusa-v2"]);
	});

	test("no file under conformance/kit/ names one", () => {
		const files = kitFiles();
		expect(files).toEqual(expect.arrayContaining(["conformance/kit/runner.ts", "conformance/kit/cli-options.ts", "conformance/kit/timing/verdict.ts"]));
		const names = profileNames();
		expect(files.flatMap((file) => profileMentions(readFileSync(join(ROOT, file), "utf8"), names).map((hit) => `${file}:${hit}`))).toEqual([]);
	});
});
