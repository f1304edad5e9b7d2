// Records new medusa-v2 transcripts from the real Medusa 2.21.2 the oracle runs (../shared/oracles/
// medusa-v2: setup.sh, start.sh) into fixtures/medusa-v2/transcripts/, for the golden replay.
//
//   npx bun tools/oracle/record-medusa-v2.ts            # every case below
//   npx bun tools/oracle/record-medusa-v2.ts 15 16      # the cases whose names start so
//
// ORACLE_DIR (default: ../oracle-medusa beside the project) holds the oracle's .env and publishable
// key; TRANSCRIPTS_DIR overrides where transcripts go. Case 35 needs a copy of the oracle whose
// medusa-config.ts adds google and github (third-party-login.ts says how): ORACLE_DIR=<that copy> … 35.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Recorder } from "./recorder.ts";
import { Oracle, type OracleCase } from "./medusa-v2/context.ts";
import { ADMIN_AND_CATALOGUE_CASES } from "./medusa-v2/admin-and-catalogue.ts";
import { ADMIN_EDGE_CASES } from "./medusa-v2/admin-edges.ts";
import { ADMIN_PRODUCT_CASES } from "./medusa-v2/admin-products.ts";
import { AUTH_MIDDLEWARE_CASES } from "./medusa-v2/auth-middleware.ts";
import { CUSTOMER_ACCOUNT_CASES } from "./medusa-v2/customer-account.ts";
import { HEALTH_CASES } from "./medusa-v2/health.ts";
import { REQUEST_SHAPE_CASES } from "./medusa-v2/request-shapes.ts";
import { THIRD_PARTY_LOGIN_CASES } from "./medusa-v2/third-party-login.ts";

const CASES: OracleCase[] = [...CUSTOMER_ACCOUNT_CASES, ...REQUEST_SHAPE_CASES, ...AUTH_MIDDLEWARE_CASES, ...ADMIN_AND_CATALOGUE_CASES, ...ADMIN_EDGE_CASES, ...ADMIN_PRODUCT_CASES, ...THIRD_PARTY_LOGIN_CASES, ...HEALTH_CASES];

const root = resolve(import.meta.dir, "../..");
const oracleDir = process.env.ORACLE_DIR ?? resolve(root, "../oracle-medusa");
const env = Object.fromEntries(
	readFileSync(join(oracleDir, ".env"), "utf8")
		.split("\n")
		.filter((line) => /^[A-Z_]+=/.test(line))
		.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
);
const version = JSON.parse(readFileSync(join(oracleDir, "node_modules/@medusajs/medusa/package.json"), "utf8")).version;
const pid = readFileSync(join(oracleDir, "server.pid"), "utf8").trim();
const nodeEnv = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").find((entry) => entry.startsWith("NODE_ENV="))?.slice(9) ?? null;
const port = Number(process.env.ORACLE_PORT ?? 9000);

const recorder = new Recorder(
	{ host: "127.0.0.1", port, describe: { base_url: `http://127.0.0.1:${port}`, medusa_version: version, node_env: nodeEnv } },
	process.env.TRANSCRIPTS_DIR ?? join(root, "fixtures/medusa-v2/transcripts"),
);
const oracle = new Oracle(recorder, readFileSync(join(oracleDir, "publishable-key.txt"), "utf8").trim(), String(env.JWT_SECRET));

const wanted = process.argv.slice(2);
for (const oracleCase of CASES.filter((c) => wanted.length === 0 || wanted.some((prefix) => c.name.startsWith(prefix))))
	await oracleCase.record(oracle);
console.log(`${recorder.written.length} transcript(s) written to ${recorder.outDir} (run ${recorder.runId})`);
