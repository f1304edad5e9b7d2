// The profile seam of DESIGN.md, held by a scan of the shipped code:
// (a) only a profile's own folders (src/profiles/<name>/, conformance/profiles/<name>/,
//     conformance/checks/<name>/), its fixtures (fixtures/<name>*) and the registry lines name a
//     profile; a profile's folders may name the profiles it builds on (carphacom is "a Medusa v2 shop",
//     contracts README), which its own folders declare by importing them;
// (b) src/core and src/http import nothing from src/profiles and name no defect.
// Tests, benchmarks, development instruments (tools/: the oracle recorder), docs (Markdown) and the
// kit's examples (conformance/examples: an implementer's test file for one profile) are about
// particular profiles by nature and are not scanned.
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { findProfile, PROFILE_NAMES } from "../src/profiles/index.ts";

const ROOT = join(import.meta.dir, "..");
const SHIPPED = ["src", "conformance", "scripts", "bin"];
const REGISTRIES = ["src/profiles/index.ts", "conformance/profiles/index.ts"];

const EXAMPLES = "conformance/examples/";

const filesUnder = (dir: string): string[] =>
	readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
		.filter((path) => /\.(ts|mts|js|mjs|json)$/.test(path))
		.map((path) => `${dir}/${path.split("\\").join("/")}`)
		.sort();

const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");

/** The profile whose own folder holds `file`, if any. */
const folderProfile = (file: string): string | undefined =>
	/^(?:src\/profiles|conformance\/profiles|conformance\/checks)\/([^/]+)\//.exec(file)?.[1];

const mentions = (text: string, name: string): boolean => new RegExp(`(?<![\\w-])${name.replace(/-/g, "\\-")}(?![\\w-])`).test(text);

/**
 * `file: profile` for every profile that `file` names without being allowed to: outside the
 * profile's own folders, its fixtures and the registry, unless `file` sits in the folder of a
 * profile that builds on it (`buildsOn`).
 */
export const misplacedProfileNames = (file: string, text: string, names: readonly string[], buildsOn: ReadonlyMap<string, Set<string>>): string[] => {
	if (REGISTRIES.includes(file)) return [];
	const owner = folderProfile(file);
	return names
		.filter((name) => name !== owner && !file.startsWith(`fixtures/${name}`))
		.filter((name) => !(owner !== undefined && buildsOn.get(owner)?.has(name)))
		.filter((name) => mentions(text, name))
		.map((name) => `${file}: ${name}`);
};

const SPECIFIER = /(?:from\s+|import\s*\(\s*)["']([^"']+)["']/g;

/** Where `file`'s relative imports resolve, from the project root. */
const importsOf = (file: string, text: string): string[] =>
	[...text.matchAll(SPECIFIER)]
		.map((match) => match[1] ?? "")
		.filter((specifier) => specifier.startsWith("."))
		.map((specifier) => relative(ROOT, resolve(dirname(join(ROOT, file)), specifier)).split("\\").join("/"));

/** The profiles each profile's folders import from: the ones it builds on. */
const buildsOnOf = (files: string[]): Map<string, Set<string>> => {
	const map = new Map<string, Set<string>>();
	for (const file of files) {
		const owner = folderProfile(file);
		if (owner === undefined) continue;
		for (const target of importsOf(file, read(file))) {
			const other = folderProfile(target);
			if (other !== undefined && other !== owner) map.set(owner, new Set([...(map.get(owner) ?? []), other]));
		}
	}
	return map;
};

/** `file: …` for every way a core or http file reaches into the profiles: an import, or a defect's name. */
export const sharedCodeLeaks = (file: string, text: string, defects: readonly string[]): string[] => {
	if (!/^src\/(core|http)\//.test(file)) return [];
	const imports = importsOf(file, text)
		.filter((target) => target.startsWith("src/profiles/"))
		.map((target) => `${file}: imports ${target}`);
	const named = defects.filter((defect) => mentions(text, defect)).map((defect) => `${file}: names the defect ${defect}`);
	return [...imports, ...named];
};

const allDefects = async (): Promise<string[]> => {
	const names = new Set<string>();
	for (const name of PROFILE_NAMES) for (const defect of Object.keys((await findProfile(name))?.defects ?? {})) names.add(defect);
	return [...names];
};

describe("architecture: one folder per profile", () => {
	const files = SHIPPED.flatMap(filesUnder).filter((file) => !file.startsWith(EXAMPLES));
	const buildsOn = buildsOnOf(files);

	test("the scan sees the shipped code and every registered profile", () => {
		expect(files).toContain("src/app.ts");
		expect(files).toContain("src/profiles/index.ts");
		expect(PROFILE_NAMES.length).toBeGreaterThanOrEqual(2);
	});

	test("a probe: a shared file naming a profile is caught; its own folder, a builder's folder and its fixtures are not", () => {
		const [first = "", second = ""] = PROFILE_NAMES;
		const probeText = `// serves ${first} like ${second}`;
		expect(misplacedProfileNames("src/app.ts", probeText, PROFILE_NAMES, new Map())).toEqual([`src/app.ts: ${first}`, `src/app.ts: ${second}`]);
		expect(misplacedProfileNames("scripts/x.ts", `"${first}"`, PROFILE_NAMES, new Map())).toEqual([`scripts/x.ts: ${first}`]);
		expect(misplacedProfileNames(`src/profiles/${first}/index.ts`, `"${first}"`, PROFILE_NAMES, new Map())).toEqual([]);
		expect(misplacedProfileNames(`conformance/checks/${second}/a/b.check.ts`, probeText, PROFILE_NAMES, new Map([[second, new Set([first])]]))).toEqual([]);
		expect(misplacedProfileNames(`conformance/checks/${second}/a/b.check.ts`, probeText, PROFILE_NAMES, new Map())).toEqual([
			`conformance/checks/${second}/a/b.check.ts: ${first}`,
		]);
		expect(misplacedProfileNames(`fixtures/${first}/transcripts/x.md`, `"${first}"`, PROFILE_NAMES, new Map())).toEqual([]);
	});

	test("no shipped file outside a profile's folders and the registry names a profile", () => {
		expect(files.flatMap((file) => misplacedProfileNames(file, read(file), PROFILE_NAMES, buildsOn))).toEqual([]);
	});
});

describe("architecture: core and http know no profile and no defect", () => {
	test("a probe: an import of a profile and a defect's name are caught", () => {
		const probe = `import { x } from "../profiles/profile.ts";\n// the ignore-signature switch`;
		expect(sharedCodeLeaks("src/core/tokens.ts", probe, ["ignore-signature", "other"])).toEqual([
			"src/core/tokens.ts: imports src/profiles/profile.ts",
			"src/core/tokens.ts: names the defect ignore-signature",
		]);
		expect(sharedCodeLeaks("src/profiles/x/y.ts", probe, ["ignore-signature"])).toEqual([]);
	});

	test("no file in src/core or src/http imports src/profiles or names a defect", async () => {
		const defects = await allDefects();
		expect(defects.length).toBeGreaterThan(30);
		const files = ["src/core", "src/http"].flatMap(filesUnder);
		expect(files).toContain("src/core/tokens.ts");
		expect(files.flatMap((file) => sharedCodeLeaks(file, read(file), defects))).toEqual([]);
	});
});
