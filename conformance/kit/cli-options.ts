// `gatecheck check` flags, read into what runChecks needs.
import { parseArgs } from "node:util";
import { CAPABILITIES } from "./capabilities.ts";
import { DEFAULT_RUN_OPTIONS, DEFAULT_TIMING_OPTIONS, mergeTargetConfigs, readTargetConfig, type RunOptions, type TargetConfig } from "./config.ts";
import type { Selection } from "./catalogue.ts";
import { TIERS, type Tier } from "./define-check.ts";
import { parseDurationSeconds } from "./duration.ts";
import type { KitProfiles } from "./profile.ts";
import { DEFAULT_TOKEN_PATTERN } from "./mail/smtp-sink.ts";
import type { MailSourceOptions } from "./mail/open.ts";
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

Reset mail (where the reset checks read the tokens the target sends; a --control outbox
otherwise; one of):
  --reset-log <file>            JSON lines a subscriber on the target appends, one event each
                                ({"name","data":{"entity_id","token",…}}, or the data alone)
  --reset-token-command <cmd>   a shell command given the e-mail ($1, $GATECHECK_EMAIL) that
                                prints the newest reset token, or the event's JSON
  --smtp-sink <[host:]port>     listen for SMTP there (where the target's mailer sends) and read
                                the token from each mail
  --mail-token-pattern <regex>  where the token is in a mail: the first group, URL-decoded
                                (default ${DEFAULT_TOKEN_PATTERN})
  --mail-wait <time>            longest wait for a mail or event, and how long a check waits to
                                see that none comes (default ${DEFAULT_RUN_OPTIONS.mailWaitMs / 1000}s)
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
	/** Where reset tokens come from, when a flag says (else the control outbox, if any). */
	mail?: MailSourceOptions;
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
			"reset-log": { type: "string" },
			"reset-token-command": { type: "string" },
			"smtp-sink": { type: "string" },
			"mail-token-pattern": { type: "string" },
			"mail-wait": { type: "string" },
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

	const mailWaitSeconds = values["mail-wait"] === undefined ? DEFAULT_RUN_OPTIONS.mailWaitMs / 1000 : parseDurationSeconds(values["mail-wait"]);
	if (mailWaitSeconds === undefined) throw new CheckUsageError(`--mail-wait must be a duration such as 5s, got "${values["mail-wait"]}"`);
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
		mailWaitMs: mailWaitSeconds * 1000,
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
		mail: mailSourceOptions(values),
	};
};

/** The one reset-mail source the flags name, if any. */
const mailSourceOptions = (values: {
	"reset-log"?: string;
	"reset-token-command"?: string;
	"smtp-sink"?: string;
	"mail-token-pattern"?: string;
}): MailSourceOptions | undefined => {
	const given = (["reset-log", "reset-token-command", "smtp-sink"] as const).filter((flag) => values[flag] !== undefined);
	if (given.length > 1) throw new CheckUsageError(`give one reset-mail source, not ${given.map((flag) => `--${flag}`).join(" and ")}`);
	if (values["mail-token-pattern"] !== undefined && values["smtp-sink"] === undefined) throw new CheckUsageError("--mail-token-pattern reads mails: use it with --smtp-sink");
	if (values["reset-log"] !== undefined) return { kind: "reset-log", file: values["reset-log"] };
	if (values["reset-token-command"] !== undefined) return { kind: "token-command", command: values["reset-token-command"] };
	const sink = values["smtp-sink"];
	if (sink === undefined) return undefined;
	const match = /^(?:(.+):)?(\d{1,5})$/.exec(sink);
	const port = Number(match?.[2]);
	if (!match || port > 65535) throw new CheckUsageError(`--smtp-sink must be a port or host:port, such as 2525 or 127.0.0.1:2525, got "${sink}"`);
	return { kind: "smtp-sink", host: match[1] ?? "127.0.0.1", port, tokenPattern: tokenPattern(values["mail-token-pattern"] ?? DEFAULT_TOKEN_PATTERN) };
};

const tokenPattern = (source: string): RegExp => {
	try {
		return new RegExp(source);
	} catch (error) {
		throw new CheckUsageError(`--mail-token-pattern is not a regular expression: ${(error as Error).message}`);
	}
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
