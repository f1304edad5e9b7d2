// `npm run fixtures-schema`: writes docs/fixtures/<profile>.schema.json for every profile of the
// registry from the schemas its fixtures reader checks with (src/cli/fixtures-schema.ts).
// test/fixtures-schema.test.ts fails when a committed file differs from what this would write.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { fixturesSchemaFiles } from "../src/cli/fixtures-schema.ts";

for (const { path, text } of await fixturesSchemaFiles()) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	console.log(`wrote ${relative(process.cwd(), path)}`);
}
