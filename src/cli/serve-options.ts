// `gatecheck serve` flags and environment, read into AppOptions plus where to listen.
import { parseArgs } from "node:util";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type AppOptions, PROFILES, type ProfileName } from "../app.ts";
import { loadFixtures } from "../core/fixtures.ts";
import { randomHex } from "../core/ids.ts";
import { ARGON2_PRESETS, isArgon2Preset } from "../core/passwords.ts";
import { corsPolicyFromEnv } from "../http/cors.ts";
import { parseDuration } from "./duration.ts";
import { isDefect } from "../defects/catalogue.ts";
import { UsageError } from "./usage-error.ts";

export const SERVE_HELP = `Usage: gatecheck serve [options]

Runs a reference server that keeps everything in memory and honours one auth contract exactly.

Options:
  --profile <name>      contract to serve: ${PROFILES.join(", ")} (default medusa-v2)
  --port <n>            port to listen on (default $PORT or 9000)
  --host <addr>         address to bind (default 127.0.0.1)
  --fixtures <file>     seed data (default fixtures/<profile>.json of this package)
  --control             mount the /__control API for tests (loopback clients only)
  --trust-proxy         honour X-Forwarded-Proto from a reverse proxy (Secure session cookies)
  --argon2 <preset>     password hashing cost: owasp (default), dev, test; or $GATECHECK_ARGON2
  --token-ttl <time>    lifetime of issued tokens, e.g. 86400, 90s, 15m, 1d (default 1d)
  --session-ttl <time>  lifetime of sessions and their cookie (default 10h)
  --defect <name>       break one rule on purpose, for testing a conformance kit (repeatable)
  --list-defects        list the defects and what each breaks
  -h, --help            show this help

Environment:
  JWT_SECRET, COOKIE_SECRET       signing secrets; random per start when unset
  STORE_CORS, ADMIN_CORS, AUTH_CORS  allowed origins per route prefix, comma-separated, /regex/ allowed
`;

export interface ServeOptions {
	app: AppOptions;
	port: number;
	host: string;
	fixturesPath: string;
	/** Which secrets were generated because the environment had none. */
	generatedSecrets: string[];
	argon2Preset: string;
}

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const readServeOptions = async (
	argv: string[],
	env: Record<string, string | undefined>,
): Promise<ServeOptions | "help" | "list-defects"> => {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		options: {
			profile: { type: "string", default: "medusa-v2" },
			port: { type: "string" },
			host: { type: "string", default: "127.0.0.1" },
			fixtures: { type: "string" },
			control: { type: "boolean", default: false },
			"trust-proxy": { type: "boolean", default: false },
			argon2: { type: "string" },
			"token-ttl": { type: "string", default: "1d" },
			"session-ttl": { type: "string", default: "10h" },
			defect: { type: "string", multiple: true, default: [] },
			"list-defects": { type: "boolean", default: false },
			help: { type: "boolean", short: "h", default: false },
		},
	});
	if (values.help) return "help";
	if (values["list-defects"]) return "list-defects";
	const defects = values.defect.flatMap((name) => name.split(",")).map((name) => name.trim());
	for (const name of defects) if (!isDefect(name)) throw new UsageError(`unknown defect "${name}"; see gatecheck serve --list-defects`);
	const profile = values.profile;
	if (!(PROFILES as readonly string[]).includes(profile))
		throw new UsageError(`unknown profile "${profile}"; available: ${PROFILES.join(", ")}`);
	const port = Number(values.port ?? env.PORT ?? 9000);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${values.port ?? env.PORT}"`);
	const argon2Preset = values.argon2 ?? env.GATECHECK_ARGON2 ?? "owasp";
	if (!isArgon2Preset(argon2Preset)) throw new UsageError(`--argon2 must be one of ${Object.keys(ARGON2_PRESETS).join(", ")}`);
	const fixturesPath = values.fixtures ?? join(packageRoot, "fixtures", `${profile}.json`);
	const generatedSecrets = ["JWT_SECRET", "COOKIE_SECRET"].filter((name) => !env[name]);
	return {
		port,
		host: values.host,
		fixturesPath,
		generatedSecrets,
		argon2Preset,
		app: {
			profile: profile as ProfileName,
			fixtures: await loadFixtures(fixturesPath),
			jwtSecret: env.JWT_SECRET || randomHex(32),
			cookieSecret: env.COOKIE_SECRET || randomHex(32),
			control: values.control,
			trustProxy: values["trust-proxy"],
			argon2: ARGON2_PRESETS[argon2Preset],
			cors: corsPolicyFromEnv(env),
			tokenTtlSeconds: parseDuration(values["token-ttl"], "--token-ttl"),
			sessionTtlSeconds: parseDuration(values["session-ttl"], "--session-ttl"),
			defects: defects.filter(isDefect),
		},
	};
};
