// docs/openapi/<profile>.json: the API document each profile's server serves at /openapi.json
// (src/openapi/), written out for readers of the repository and tools that import it.
// `npm run openapi` writes the files (scripts/openapi.ts); test/openapi/document.test.ts keeps them current.
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { createApp } from "../app.ts";
import { loadFixtures } from "../core/fixtures.ts";
import { ARGON2_PRESETS } from "../core/passwords.ts";
import { OPENAPI_JSON_PATH } from "../openapi/routes.ts";
import { PROFILE_NAMES } from "../profiles/index.ts";
import { PACKAGE_ROOT, shippedFixturesPath } from "./fixtures-schema.ts";

export const openApiPath = (profile: string): string => join(PACKAGE_ROOT, "docs", "openapi", `${profile}.json`);

/** The document a server of `profile` with the shipped fixtures serves; the secrets change nothing in it. */
export const servedOpenApi = async (profile: string): Promise<string> => {
	const { app } = await createApp({
		profile,
		fixtures: await loadFixtures(shippedFixturesPath(profile)),
		jwtSecret: randomBytes(32).toString("hex"),
		cookieSecret: randomBytes(32).toString("hex"),
		argon2: ARGON2_PRESETS.test,
	});
	return (await app.handle(new Request(`http://localhost${OPENAPI_JSON_PATH}`))).text();
};

/** Every profile's document, as `npm run openapi` writes them. */
export const openApiFiles = async (): Promise<Array<{ path: string; text: string }>> =>
	Promise.all(PROFILE_NAMES.map(async (name) => ({ path: openApiPath(name), text: `${await servedOpenApi(name)}\n` })));
