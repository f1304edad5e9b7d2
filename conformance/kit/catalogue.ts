// The checks of a profile: every `*.check.ts` in its checks folders (conformance/checks/<name>/ for
// the built-in profiles, any absolute path for others) and conformance/checks/common/, each
// exporting one check as default, whose id is its path from the folder's parent.
import { readdir } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Check, Tier } from "./define-check.ts";

const CHECKS_ROOT = fileURLToPath(new URL("../checks/", import.meta.url));
const SUFFIX = ".check.ts";

const listCheckFiles = async (dir: string): Promise<string[]> => {
	const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
	const nested = await Promise.all(
		entries.map((entry) =>
			entry.isDirectory() ? listCheckFiles(join(dir, entry.name)) : Promise.resolve(entry.name.endsWith(SUFFIX) ? [join(dir, entry.name)] : []),
		),
	);
	return nested.flat();
};

/** A folder's checks, each with the id its path gives it: the folder's own name is the id's first segment. */
const loadFolder = async (folder: string): Promise<Check[]> =>
	Promise.all(
		(await listCheckFiles(folder)).map(async (file) => {
			const check = ((await import(file)) as { default?: Check }).default;
			const id = relative(dirname(folder), file).slice(0, -SUFFIX.length).split(sep).join("/");
			if (!check) throw new Error(`${file} has no default export`);
			if (check.id !== id) throw new Error(`${file}: check id "${check.id}" must equal its path "${id}"`);
			return check;
		}),
	);

/**
 * The checks of these folders (a profile's `catalogues`: names under conformance/checks/, or
 * absolute paths) plus the common ones, less those another one supersedes.
 */
export const loadCatalogue = async (catalogues: string[]): Promise<Check[]> => {
	const folders = [...catalogues, "common"].map((folder) => resolve(CHECKS_ROOT, folder));
	const checks = (await Promise.all(folders.map(loadFolder))).flat();
	const superseded = new Set(checks.flatMap((check) => check.supersedes ?? []));
	return checks.filter((check) => !superseded.has(check.id)).sort((a, b) => a.id.localeCompare(b.id));
};

/** `*` matches within one path segment, `**` across segments; anything else matches itself. */
export const globToRegExp = (glob: string): RegExp => {
	const source = glob
		.split("**")
		.map((part) => part.split("*").map((text) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*"))
		.join(".*");
	return new RegExp(`^${source}$`);
};

export interface Selection {
	only?: string[];
	skip?: string[];
	tiers?: Tier[];
}

/** The checks a run should execute: matching some --only pattern (if any), no --skip pattern, and a chosen tier. */
export const selectChecks = (checks: Check[], selection: Selection): Check[] => {
	const only = selection.only?.map(globToRegExp);
	const skip = selection.skip?.map(globToRegExp) ?? [];
	return checks.filter(
		(check) =>
			(!only || only.some((pattern) => pattern.test(check.id))) &&
			!skip.some((pattern) => pattern.test(check.id)) &&
			(!selection.tiers || selection.tiers.includes(check.tier)),
	);
};
