#!/usr/bin/env node
// `npx gatecheck …` on a machine with only Node: gatecheck is TypeScript run by Bun, which comes
// from the npm registry as a dependency, so this launcher hands the arguments to that binary. It
// passes on the signals that stop a server (SIGINT, SIGTERM, SIGHUP): a launcher that died alone
// would leave the server running and holding its port.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { constants } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const bunDir = dirname(require.resolve("bun/package.json"));
// bun's postinstall places its binary at bin/bun.exe on every platform (STACK.md, install scripts).
const bun = join(bunDir, "bin", "bun.exe");
const main = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "main.ts");
const child = spawn(bun, ["run", main, ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
// A child ended by a signal exits as shells report it: 128 + the signal's number.
child.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
