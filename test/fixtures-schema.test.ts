// docs/fixtures/<profile>.schema.json (issue 19, "Fixtures you can trust"): written from the TypeBox
// schemas the profile's reader checks with, never stale (the committed files are what
// `npm run fixtures-schema` would write now), describing exactly the sections the reader knows, and
// accepting each shipped fixtures file, checked by Ajv, a JSON Schema validator that shares no code
// with TypeBox, as an editor's would.
import { describe, expect, test } from "bun:test";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { fixturesSchemaFiles, fixturesSchemaPath, shippedFixturesPath } from "../src/cli/fixtures-schema.ts";
import { sectionsReadBy } from "../src/core/fixtures.ts";
import { findProfile, PROFILE_NAMES } from "../src/profiles/index.ts";
import type { Profile } from "../src/profiles/profile.ts";

const profiles: Profile[] = await Promise.all(PROFILE_NAMES.map(async (name) => (await findProfile(name)) as Profile));

const schemaOf = (name: string): Record<string, unknown> => JSON.parse(readFileSync(fixturesSchemaPath(name), "utf8"));

/** Ajv in strict mode, which also refuses a schema with a keyword JSON Schema 2020-12 does not have. */
const validatorOf = (name: string) => new Ajv2020({ strict: true, allErrors: true }).compile(schemaOf(name));

describe("the fixtures JSON Schemas in docs/fixtures", () => {
	test("every profile has one, and the committed files are what `npm run fixtures-schema` writes now", async () => {
		const files = await fixturesSchemaFiles();
		expect(files.map((file) => file.path)).toEqual(PROFILE_NAMES.map(fixturesSchemaPath));
		for (const { path, text } of files) expect(readFileSync(path, "utf8"), `${path} is stale: run npm run fixtures-schema`).toBe(text);
	});

	test("each is a draft 2020-12 document with an $id, a title, and a description on every section", () => {
		for (const { name } of profiles) {
			const schema = schemaOf(name);
			expect(schema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: `urn:gatecheck-commerce:fixtures:${name}`, title: `gatecheck ${name} fixtures` });
			for (const [section, property] of Object.entries(schema.properties as Record<string, { description?: string }>))
				expect(property.description, `${name}: ${section}`).toBeString();
		}
	});

	test("lists exactly the sections the profile's reader knows", () => {
		for (const profile of profiles)
			expect(Object.keys((schemaOf(profile.name).properties as object) ?? {}).sort()).toEqual(sectionsReadBy(profile.readFixtures).sort());
	});

	test("accepts each shipped fixtures file, whose $schema points at it", () => {
		for (const { name } of profiles) {
			const path = shippedFixturesPath(name);
			const fixtures = JSON.parse(readFileSync(path, "utf8")) as { $schema: string };
			const validate = validatorOf(name);
			expect(validate(fixtures), JSON.stringify(validate.errors)).toBe(true);
			expect(resolve(dirname(path), fixtures.$schema)).toBe(fixturesSchemaPath(name));
			expect(existsSync(resolve(dirname(path), fixtures.$schema))).toBe(true);
		}
	});

	test("refuses what the reader refuses by shape: a misspelt section, a missing field, a wrong type", () => {
		const validate = validatorOf("medusa-v2");
		expect(validate({ $schema: "x", $comment: "y", customers: [] })).toBe(true);
		expect(validate({ custmers: [] })).toBe(false);
		expect(validate({ users: [{ id: "u", email: "a@example.com" }] })).toBe(false);
		expect(validate({ customers: [{ id: "c", email: 42, password: "pw" }] })).toBe(false);
		expect(validatorOf("quark")({ customers: [{ id: "nope", email: "a@example.com", password: "pw" }] })).toBe(false);
	});
});
