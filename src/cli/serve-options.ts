// `gatecheck serve` flags and environment, read into AppOptions plus where to listen.
import { parseArgs } from "node:util";
import type { AppOptions } from "../app.ts";
import { FixturesError, loadFixtures, readEverySection } from "../core/fixtures.ts";
import { randomHex } from "../core/ids.ts";
import { ARGON2_PRESETS, isArgon2Preset } from "../core/passwords.ts";
import { DEFAULT_PROFILE, findProfile, PROFILE_NAMES } from "../profiles/index.ts";
import { type FailurePlan, FailureSyntaxError, parseFault, parseLatency } from "../journal/failures.ts";
import type { Profile } from "../profiles/profile.ts";
import { parseDuration } from "./duration.ts";
import { shippedFixturesPath } from "./fixtures-schema.ts";
import { InputError, UsageError } from "./usage-error.ts";

/** Each profile of the registry with its one-line description. */
const profileLines = async (): Promise<string> =>
	(await Promise.all(PROFILE_NAMES.map(async (name) => `  ${name.padEnd(20)}  ${(await findProfile(name))?.description ?? ""}`))).join("\n");

export const serveHelp = async (): Promise<string> => `Usage: gatecheck serve [options]

Runs a reference server that keeps everything in memory and honours one auth contract exactly.

Options:
  --profile <name>      contract to serve (default ${DEFAULT_PROFILE}; see Profiles below)
  --port <n>            port to listen on (default $PORT or 9000)
  --host <addr>         address to bind (default 127.0.0.1)
  --fixtures <file>     seed data (default fixtures/<profile>.json of this package);
                        gatecheck fixtures init writes a starter file to edit
  --watch               reload --fixtures <file> whenever it changes, saying what changed (a file
                        with a mistake is refused and the previous fixtures kept)
  --control             mount the /__control API for tests (loopback clients only)
  --smtp <url>          also send every mail (password resets) over SMTP, e.g. to a mail catcher:
                        smtp://127.0.0.1:1025 (smtps:// for TLS; user:pass@ in the URL to log in)
  --trust-proxy         honour X-Forwarded-Proto from a reverse proxy (Secure session cookies)
  --argon2 <preset>     password hashing cost: owasp (default), dev, test; or $GATECHECK_ARGON2
  --token-ttl <time>    lifetime of issued tokens, e.g. 86400, 90s, 15m, 1d (default: the profile's, as upstream)
  --session-ttl <time>  lifetime of sessions and their cookie (default: the profile's, 10h for Medusa)
  --log                 print one line per request: who called (actor and how), or why it was refused
  --latency <range>     delay every request by a random time in the range, e.g. 50-300ms, 1-2s
  --fault <rule>        answer a share of matching requests with an error instead of the route, e.g.
                        'POST /auth/*=503@10%' ([METHOD] <path glob>=<status>@<percent>; * spans /;
                        repeatable, the first matching rule decides)
  --seed <n>            seed for --latency and --fault: the same requests meet the same failures
                        (default: random, printed in the banner)
  --defect <name>       break one rule on purpose, for testing a conformance kit (repeatable)
  --list-defects        list the profile's defects and what each breaks
  -h, --help            show this help

Environment:
  JWT_SECRET, COOKIE_SECRET       signing secrets; random per start when unset
  STORE_CORS, ADMIN_CORS, AUTH_CORS  allowed origins per route family, comma-separated, /regex/ allowed
                                  (the families are the profile's: Medusa's are these three)

Profiles:
${await profileLines()}

Exit codes: 2 for a usage error or a fixtures file that cannot be used, 1 when the port cannot be
bound (in use, or a --host that is no address of this machine); each with one line saying why.
`;

export interface ServeOptions {
	app: AppOptions & { profile: Profile };
	port: number;
	host: string;
	fixturesPath: string;
	/** Which secrets were generated because the environment had none. */
	generatedSecrets: string[];
	argon2Preset: string;
	/** Where mails go over SMTP as well (--smtp), if anywhere. */
	smtpUrl?: string;
	/** Print each exchange (--log). */
	log: boolean;
	/** Reload the fixtures file when it changes (--watch; issue 19, scope 5). */
	watch: boolean;
}

/**
 * The fixtures file's JSON, read as `profile` reads it: a file it cannot use is a usage error saying
 * why. `serve --watch` reads each change with it too, so a reload refuses what a start refuses, in
 * the same words (issue 19, scope 5).
 */
export const readFixtures = async (profile: Profile, path: string): Promise<Record<string, unknown>> => {
	try {
		const raw = await loadFixtures(path);
		readEverySection(raw, profile.readFixtures);
		return raw;
	} catch (error) {
		if (error instanceof FixturesError) throw new InputError(`--fixtures: ${error.message}`);
		throw error;
	}
};

export const readServeOptions = async (
	argv: string[],
	env: Record<string, string | undefined>,
): Promise<ServeOptions | "help" | { listDefects: Profile }> => {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		options: {
			profile: { type: "string", default: DEFAULT_PROFILE },
			port: { type: "string" },
			host: { type: "string", default: "127.0.0.1" },
			fixtures: { type: "string" },
			control: { type: "boolean", default: false },
			smtp: { type: "string" },
			"trust-proxy": { type: "boolean", default: false },
			argon2: { type: "string" },
			"token-ttl": { type: "string" },
			"session-ttl": { type: "string" },
			log: { type: "boolean", default: false },
			watch: { type: "boolean", default: false },
			latency: { type: "string" },
			fault: { type: "string", multiple: true, default: [] },
			seed: { type: "string" },
			defect: { type: "string", multiple: true, default: [] },
			"list-defects": { type: "boolean", default: false },
			help: { type: "boolean", short: "h", default: false },
		},
	});
	if (values.help) return "help";
	const profile = await findProfile(values.profile);
	if (!profile) throw new UsageError(`unknown profile "${values.profile}"; available: ${PROFILE_NAMES.join(", ")}`);
	if (values["list-defects"]) return { listDefects: profile };
	const defects = values.defect.flatMap((name) => name.split(",")).map((name) => name.trim());
	for (const name of defects)
		if (!Object.hasOwn(profile.defects, name))
			throw new UsageError(`unknown defect "${name}" for profile ${profile.name}; see gatecheck serve --profile ${profile.name} --list-defects`);
	const port = Number(values.port ?? env.PORT ?? 9000);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${values.port ?? env.PORT}"`);
	const argon2Preset = values.argon2 ?? env.GATECHECK_ARGON2 ?? "owasp";
	if (!isArgon2Preset(argon2Preset)) throw new UsageError(`--argon2 must be one of ${Object.keys(ARGON2_PRESETS).join(", ")}`);
	const smtpUrl = values.smtp;
	if (smtpUrl !== undefined && !/^smtps?:\/\/[^/]/.test(smtpUrl))
		throw new UsageError(`--smtp must be an smtp:// or smtps:// URL such as smtp://127.0.0.1:1025, got "${smtpUrl}"`);
	// The shipped file is inside the package: nobody edits it, so watching it would only hide a forgotten --fixtures.
	if (values.watch && values.fixtures === undefined) throw new UsageError("--watch needs --fixtures <file>");
	const fixturesPath = values.fixtures ?? shippedFixturesPath(profile.name);
	const fixtures = await readFixtures(profile, fixturesPath);
	const generatedSecrets = ["JWT_SECRET", "COOKIE_SECRET"].filter((name) => !env[name]);
	const failures = readFailurePlan(values);
	return {
		port,
		host: values.host,
		fixturesPath,
		generatedSecrets,
		argon2Preset,
		smtpUrl,
		log: values.log,
		watch: values.watch,
		app: {
			profile,
			fixtures,
			jwtSecret: env.JWT_SECRET || randomHex(32),
			cookieSecret: env.COOKIE_SECRET || randomHex(32),
			control: values.control,
			trustProxy: values["trust-proxy"],
			argon2: ARGON2_PRESETS[argon2Preset],
			corsEnv: env,
			tokenTtlSeconds: values["token-ttl"] === undefined ? undefined : parseDuration(values["token-ttl"], "--token-ttl"),
			sessionTtlSeconds: values["session-ttl"] === undefined ? undefined : parseDuration(values["session-ttl"], "--session-ttl"),
			defects,
			failures,
		},
	};
};

/** --latency, --fault and --seed as a plan, or undefined when no failure is asked for. */
const readFailurePlan = (values: { latency?: string; fault: string[]; seed?: string }): FailurePlan | undefined => {
	if (values.seed !== undefined && !/^\d{1,9}$/.test(values.seed)) throw new UsageError(`--seed must be a whole number below 1e9, got "${values.seed}"`);
	if (values.latency === undefined && values.fault.length === 0) {
		if (values.seed !== undefined) throw new UsageError("--seed seeds --latency and --fault; give one of them too");
		return undefined;
	}
	try {
		return {
			seed: values.seed === undefined ? Math.floor(Math.random() * 1e9) : Number(values.seed),
			latency: values.latency === undefined ? undefined : parseLatency(values.latency),
			faults: values.fault.map(parseFault),
		};
	} catch (error) {
		if (error instanceof FailureSyntaxError) throw new UsageError(error.message);
		throw error;
	}
};
