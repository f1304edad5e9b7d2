#!/usr/bin/env node
// `npx gatecheck …` on a machine with only Node: gatecheck is TypeScript run by Bun, which comes
// from the npm registry as a dependency, so this launcher hands the arguments to that binary.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const bunDir = dirname(require.resolve("bun/package.json"));
// bun's postinstall places its binary at bin/bun.exe on every platform (STACK.md, install scripts).
const bun = join(bunDir, "bin", "bun.exe");
const main = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "main.ts");
const result = spawnSync(bun, ["run", main, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
