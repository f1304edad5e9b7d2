// A profile's fixtures schema as the JSON Schema document docs/fixtures/<profile>.schema.json: the
// TypeBox schema the profile's reader checks each section with (Profile.fixturesSchema), written out
// as draft 2020-12 so that an editor completes and checks a fixtures file whose "$schema" points at it.
// `npm run fixtures-schema` writes the files (scripts/fixtures-schema.ts); a test keeps them current.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findProfile, PROFILE_NAMES } from "../profiles/index.ts";
import type { Profile } from "../profiles/profile.ts";

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Where a profile's fixtures ship, and where its schema document is written. */
export const shippedFixturesPath = (profile: string): string => join(PACKAGE_ROOT, "fixtures", `${profile}.json`);
export const fixturesSchemaPath = (profile: string): string => join(PACKAGE_ROOT, "docs", "fixtures", `${profile}.schema.json`);

/** The JSON Schema document of `profile`'s fixtures, or undefined for a profile that has no schema. */
export const fixturesSchemaDocument = (profile: Profile): Record<string, unknown> | undefined => {
	if (!profile.fixturesSchema) return undefined;
	// JSON leaves out TypeBox's symbol-keyed bookkeeping (Kind, Optional), which is no JSON Schema.
	const { type, properties, ...rest } = JSON.parse(JSON.stringify(profile.fixturesSchema)) as Record<string, unknown>;
	return {
		$schema: "https://json-schema.org/draft/2020-12/schema",
		$id: `urn:gatecheck-commerce:fixtures:${profile.name}`,
		title: `gatecheck ${profile.name} fixtures`,
		description: `Seed data for \`gatecheck serve --profile ${profile.name}\` (${profile.description}). A section left out is empty; keys starting with "$" ("$schema", "$comment") are ignored. Written from the server's own schemas by npm run fixtures-schema.`,
		type,
		properties,
		...rest,
	};
};

/** Every schema document of the registry's profiles, as `npm run fixtures-schema` writes them. */
export const fixturesSchemaFiles = async (): Promise<Array<{ path: string; text: string }>> => {
	const files = [];
	for (const name of PROFILE_NAMES) {
		const profile = await findProfile(name);
		const document = profile && fixturesSchemaDocument(profile);
		if (document) files.push({ path: fixturesSchemaPath(name), text: `${JSON.stringify(document, null, 2)}\n` });
	}
	return files;
};
