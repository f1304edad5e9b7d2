// `gatecheck check` flags, read into what runChecks needs.
import { parseArgs } from "node:util";
import { CAPABILITIES } from "./capabilities.ts";
import { DEFAULT_RUN_OPTIONS, DEFAULT_TIMING_OPTIONS, mergeTargetConfigs, readTargetConfig, type RunOptions, type TargetConfig } from "./config.ts";
import type { Selection } from "./catalogue.ts";
import { TIERS, type Tier } from "./define-check.ts";
import { parseDurationSeconds } from "./duration.ts";
import type { KitProfiles } from "./profile.ts";
import { readTargetFile } from "./target-file.ts";
import { fieldFlagHelp, fieldFlagOptions, fieldFlagValues, targetFieldsOf } from "./profile-flags.ts";

export const REPORTERS = ["console", "json", "junit", "ndjson"] as const;
export type ReporterName = (typeof REPORTERS)[number];

const defaultProfile = (profiles: KitProfiles): string => Object.keys(profiles)[0] ?? "";

/** `gatecheck check --help`, with the target flags the profiles add. */
export const checkHelp = (profiles: KitProfiles): string => `Usage: gatecheck check <base-url> [options]

Exercises a server over HTTP and reports, rule by rule, where it departs from an auth contract.

Target:
  --profile <name>              contract to check against (default ${defaultProfile(profiles)})
  --target <file.json>          credentials and keys in JSON (the fields of the options below)
  --publishable-key <pk>        a valid publishable API key
  --other-publishable-key <pk>  a publishable key of another sales channel
  --revoked-publishable-key <pk>  a revoked publishable key
  --admin-email <e>, --admin-password <p>  an admin user
${fieldFlagHelp(Object.values(profiles))}  --secret-key <sk>             a secret API key
  --cors-origin <origin>        an origin the target allows for CORS
  --control <url>               the target's control API (conformance/CONTROL.md); it can also
                                supply all of the above
  --no-preflight                skip the first look at the target (reachable, answers like the
                                profile, control API of the same profile)
  --jwt-secret <secret>         the target's JWT secret, to mint tokens with chosen claims
  --token-ttl <time>            the target's token lifetime when started short (e.g. 5s)
  --allow-slow                  wait for real time where a check needs it: expiry (with
                                --token-ttl), rate-limit recovery (up to a minute)

Selection:
  --only <id|glob>              run only these checks (repeatable, comma-separated)
  --skip <id|glob>              leave these out (repeatable, comma-separated)
  --tier <tier>                 contract, observed, hardening (repeatable)
  --strict                      observed-tier misses fail instead of warn
  --hardening                   hardening-tier misses fail instead of warn
                                (security misses fail in every tier, whatever these say)
  --require <capability>        fail, instead of skip, the checks that need it (repeatable,
                                comma-separated; "all" for every skip); the summary lists them

Properties:
  --seed <n>                    fast-check seed (default ${DEFAULT_RUN_OPTIONS.seed})
  --runs <n>                    runs per property (default ${DEFAULT_RUN_OPTIONS.runs})
  --path <path>                 replay one counterexample (with --only and --seed)

Timing (the hardening checks that look for account enumeration by latency):
  --timing-pairs <n>            measured pairs per endpoint (default ${DEFAULT_TIMING_OPTIONS.pairs})
  --timing-alpha <p>            family-wise significance level (default ${DEFAULT_TIMING_OPTIONS.alpha})
  --timing-negligible <ms>      differences up to this are not leaks (default ${DEFAULT_TIMING_OPTIONS.negligibleMs})
  --timing-resolution <ms>      a sample that cannot see this difference is inconclusive (default ${DEFAULT_TIMING_OPTIONS.resolutionMs})
  --timing-calibrate            A/A run: the same account on both sides, so any leak is a false positive

Output:
  --reporter <list>             ${REPORTERS.join(", ")}; several, comma-separated (default console)
  --out <dir>                   where report files go (default ./gatecheck-report)
  --show-secrets                do not redact tokens, keys and cookies in evidence
  --concurrency <n>             checks at a time (default ${DEFAULT_RUN_OPTIONS.concurrency})
  --timeout <time>              longest a check may work, waits not counted (default ${DEFAULT_RUN_OPTIONS.timeoutMs / 1000}s)
  -h, --help                    show this help

Exit codes: 0 no check failed or errored; 1 findings; 2 a usage error; 3 the target failed the
preflight (nothing answers, it does not answer like the profile, or its control API is missing or
serves another profile).
`;

export class CheckUsageError extends Error {}

export interface CheckCommand {
	baseUrl: string;
	profile: string;
	config: TargetConfig;
	options: RunOptions;
	selection: Selection;
	reporters: ReporterName[];
	outDir: string;
	/** The command line that reruns one check: base URL and target flags, without selection. */
	replayBase: string;
	/** Look at the target before the checks (preflight.ts); --no-preflight turns it off. */
	preflight: boolean;
}

const list = (values: string[] | undefined): string[] | undefined =>
	values?.flatMap((value) => value.split(",")).map((value) => value.trim()).filter((value) => value !== "");

const positiveInt = (text: string | undefined, flag: string, fallback: number): number => {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (!Number.isInteger(value) || value < 0) throw new CheckUsageError(`${flag} must be a whole number, got "${text}"`);
	return value;
};

const positiveNumber = (text: string | undefined, flag: string, fallback: number): number => {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (!Number.isFinite(value) || value <= 0) throw new CheckUsageError(`${flag} must be a positive number, got "${text}"`);
	return value;
};

const fraction = (text: string | undefined, flag: string, fallback: number): number => {
	const value = positiveNumber(text, flag, fallback);
	if (value >= 1) throw new CheckUsageError(`${flag} must be below 1, got "${text}"`);
	return value;
};

export const readCheckCommand = async (argv: string[], profiles: KitProfiles): Promise<CheckCommand | "help"> => {
	const fields = targetFieldsOf(Object.values(profiles));
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			...fieldFlagOptions(fields),
			profile: { type: "string", default: defaultProfile(profiles) },
			target: { type: "string" },
			"publishable-key": { type: "string" },
			"other-publishable-key": { type: "string" },
			"revoked-publishable-key": { type: "string" },
			"admin-email": { type: "string" },
			"admin-password": { type: "string" },
			"secret-key": { type: "string" },
			"cors-origin": { type: "string" },
			control: { type: "string" },
			"no-preflight": { type: "boolean", default: false },
			"jwt-secret": { type: "string" },
			"token-ttl": { type: "string" },
			"allow-slow": { type: "boolean", default: false },
			only: { type: "string", multiple: true },
			skip: { type: "string", multiple: true },
			tier: { type: "string", multiple: true },
			strict: { type: "boolean", default: false },
			hardening: { type: "boolean", default: false },
			require: { type: "string", multiple: true },
			seed: { type: "string" },
			runs: { type: "string" },
			path: { type: "string" },
			reporter: { type: "string", multiple: true },
			out: { type: "string", default: "gatecheck-report" },
			"show-secrets": { type: "boolean", default: false },
			concurrency: { type: "string" },
			timeout: { type: "string" },
			"timing-pairs": { type: "string" },
			"timing-alpha": { type: "string" },
			"timing-resolution": { type: "string" },
			"timing-negligible": { type: "string" },
			"timing-calibrate": { type: "boolean", default: false },
			help: { type: "boolean", short: "h", default: false },
		},
	});
	if (values.help) return "help";
	const baseUrl = positionals[0];
	if (!baseUrl || positionals.length > 1) throw new CheckUsageError("give exactly one base URL, e.g. gatecheck check http://127.0.0.1:9000");
	if (!URL.canParse(baseUrl)) throw new CheckUsageError(`"${baseUrl}" is not a URL`);

	const tiers = list(values.tier);
	for (const tier of tiers ?? []) if (!(TIERS as readonly string[]).includes(tier)) throw new CheckUsageError(`unknown tier "${tier}"; tiers: ${TIERS.join(", ")}`);
	const reporters = list(values.reporter) ?? ["console"];
	for (const reporter of reporters)
		if (!(REPORTERS as readonly string[]).includes(reporter)) throw new CheckUsageError(`unknown reporter "${reporter}"; reporters: ${REPORTERS.join(", ")}`);
	const required = list(values.require) ?? [];
	const known = new Set(["all", ...Object.keys(CAPABILITIES), ...Object.values(profiles).flatMap((profile) => Object.keys(profile.capabilities ?? {}))]);
	for (const capability of required) if (!known.has(capability)) throw new CheckUsageError(`unknown capability "${capability}" for --require; capabilities: ${[...known].join(", ")}`);
	const tokenTtlSeconds = values["token-ttl"] === undefined ? undefined : parseDurationSeconds(values["token-ttl"]);
	if (values["token-ttl"] !== undefined && tokenTtlSeconds === undefined) throw new CheckUsageError(`--token-ttl must be a duration such as 5s, got "${values["token-ttl"]}"`);

	const timeoutSeconds = values.timeout === undefined ? DEFAULT_RUN_OPTIONS.timeoutMs / 1000 : parseDurationSeconds(values.timeout);
	if (timeoutSeconds === undefined) throw new CheckUsageError(`--timeout must be a duration such as 90s, got "${values.timeout}"`);
	const fromFile = values.target ? await readTargetFile(values.target, fields) : {};
	const fromFlags = readTargetConfig({
		...fieldFlagValues(fields, values),
		publishableKey: values["publishable-key"],
		otherPublishableKey: values["other-publishable-key"],
		revokedPublishableKey: values["revoked-publishable-key"],
		admin: { email: values["admin-email"], password: values["admin-password"] },
		secretKey: values["secret-key"],
		corsOrigin: values["cors-origin"],
		controlUrl: values.control,
		jwtSecret: values["jwt-secret"],
		tokenTtlSeconds,
	}, fields);
	const options: RunOptions = {
		...DEFAULT_RUN_OPTIONS,
		seed: positiveInt(values.seed, "--seed", DEFAULT_RUN_OPTIONS.seed),
		runs: positiveInt(values.runs, "--runs", DEFAULT_RUN_OPTIONS.runs),
		path: values.path,
		allowSlow: values["allow-slow"],
		strict: values.strict,
		hardening: values.hardening,
		require: required,
		showSecrets: values["show-secrets"],
		concurrency: Math.max(1, positiveInt(values.concurrency, "--concurrency", DEFAULT_RUN_OPTIONS.concurrency)),
		timeoutMs: timeoutSeconds * 1000,
		timing: {
			...DEFAULT_TIMING_OPTIONS,
			pairs: Math.max(10, positiveInt(values["timing-pairs"], "--timing-pairs", DEFAULT_TIMING_OPTIONS.pairs)),
			alpha: fraction(values["timing-alpha"], "--timing-alpha", DEFAULT_TIMING_OPTIONS.alpha),
			resolutionMs: positiveNumber(values["timing-resolution"], "--timing-resolution", DEFAULT_TIMING_OPTIONS.resolutionMs),
			negligibleMs: values["timing-negligible"] === "0" ? 0 : positiveNumber(values["timing-negligible"], "--timing-negligible", DEFAULT_TIMING_OPTIONS.negligibleMs),
			calibrate: values["timing-calibrate"],
		},
	};
	const targetFlags = argv.filter((_arg, index) => !isSelectionFlag(argv, index));
	return {
		baseUrl,
		profile: values.profile,
		config: mergeTargetConfigs(fromFile, fromFlags),
		options,
		selection: { only: list(values.only), skip: list(values.skip), tiers: tiers as Tier[] | undefined },
		reporters: reporters as ReporterName[],
		outDir: values.out,
		replayBase: ["gatecheck", "check", ...targetFlags.map(shellQuote)].join(" "),
		preflight: !values["no-preflight"],
	};
};

// Flags the replay line sets itself (or that only shape output), with whether they take a value.
const SELECTION_FLAGS = new Map([
	["--only", true], ["--skip", true], ["--tier", true], ["--seed", true], ["--path", true],
	["--reporter", true], ["--out", true], ["--concurrency", true],
]);

const isSelectionFlag = (argv: string[], index: number): boolean => {
	const arg = argv[index] ?? "";
	const name = arg.split("=")[0] ?? "";
	if (SELECTION_FLAGS.has(name)) return true;
	const previous = argv[index - 1] ?? "";
	return SELECTION_FLAGS.get(previous) === true && !previous.includes("=");
};

const shellQuote = (arg: string): string => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`);
