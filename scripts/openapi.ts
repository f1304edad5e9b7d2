// `npm run openapi`: writes docs/openapi/<profile>.json, the API document each profile serves at
// /openapi.json (src/cli/openapi-files.ts). test/openapi/document.test.ts fails when a committed
// file differs from what this would write.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { openApiFiles } from "../src/cli/openapi-files.ts";

for (const { path, text } of await openApiFiles()) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	console.log(`wrote ${relative(process.cwd(), path)}`);
}
