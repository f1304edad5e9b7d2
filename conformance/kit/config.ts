// Everything a run knows about its target besides the URL: credentials, keys, secrets, and how
// the run should behave. Filled from CLI flags, a target file, or a test.

export interface Credentials {
	email: string;
	password: string;
}

export interface TargetConfig {
	publishableKey?: string;
	/** A publishable key that exists but is revoked. */
	revokedPublishableKey?: string;
	/** A publishable key of another sales channel than `publishableKey`, with its own products. */
	otherPublishableKey?: string;
	admin?: Credentials;
	secretKey?: string;
	jwtSecret?: string;
	/** The target's configured token lifetime, when it was started with a short one. */
	tokenTtlSeconds?: number;
	/** An origin the target's CORS configuration allows on /store and /auth. */
	corsOrigin?: string;
	/** Base URL of the control API (CONTROL.md), usually the target itself. */
	controlUrl?: string;
	/** The fields a profile declares (KitProfile.targetFields) that the run was given, by name; read them with profileField. */
	profileFields?: Readonly<Record<string, TargetFieldValue>>;
}

/** What a profile's own target field holds, by its kind. */
export interface TargetFieldValues {
	string: string;
	credentials: Credentials;
}

export type TargetFieldValue = TargetFieldValues[keyof TargetFieldValues];

/**
 * A target-configuration field only some profile reads. Target files and the control API's `target`
 * hold it under its name, beside the kit's own fields; the command line sets it with --<flag> (a
 * string) or --<flag>-email and --<flag>-password (credentials).
 */
export interface TargetField {
	kind: keyof TargetFieldValues;
	flag: string;
	/** What it is, for `gatecheck check --help`. */
	help: string;
}

/** A profile's own target fields by name (KitProfile.targetFields). */
export type TargetFields = Readonly<Record<string, TargetField>>;

/** How timing checks sample and decide (conformance/kit/timing). */
export interface TimingOptions {
	/** Family-wise significance level of a run's timing tests, Holm-corrected across endpoints. */
	alpha: number;
	/** Measured pairs (one known, one unknown account, in random order) per endpoint. */
	pairs: number;
	/** Pairs sent first and discarded (connections, JIT, caches). */
	warmup: number;
	/**
	 * Differences up to this (ms) are not leaks: the test is of |difference| > negligibleMs. A server's
	 * own bookkeeping for a known account (queueing a mail) costs microseconds that no default sample
	 * resolves over a network, but that an in-process run does.
	 */
	negligibleMs: number;
	/** A sample that could not see a difference this large (ms) is inconclusive, not a clean bill. */
	resolutionMs: number;
	/** A/A calibration: the same existing account on both sides, so that every leak found is a false positive. */
	calibrate: boolean;
}

export interface RunOptions {
	seed: number;
	/** Runs per property. */
	runs: number;
	/** fast-check replay path, with --only for one property check. */
	path?: string;
	allowSlow: boolean;
	strict: boolean;
	hardening: boolean;
	showSecrets: boolean;
	/** Checks run at the same time (clock-moving checks always run alone). */
	concurrency: number;
	/** Longest a check may work before it counts as an error; the waits it asks for are not counted. */
	timeoutMs: number;
	/** Longest wait for a reset mail or event to arrive, and to see that none comes (mail/reader.ts). */
	mailWaitMs: number;
	/** Capabilities whose absence fails the checks that need them instead of skipping them ("all": any). */
	require: readonly string[];
	timing: TimingOptions;
}

export const DEFAULT_TIMING_OPTIONS: TimingOptions = { alpha: 0.01, pairs: 200, warmup: 20, negligibleMs: 0.1, resolutionMs: 1, calibrate: false };

export const DEFAULT_RUN_OPTIONS: RunOptions = {
	seed: 20261122,
	runs: 50,
	allowSlow: false,
	strict: false,
	hardening: false,
	showSecrets: false,
	concurrency: 4,
	timeoutMs: 60_000,
	mailWaitMs: 5_000,
	require: [],
	timing: DEFAULT_TIMING_OPTIONS,
};

const asString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

const asCredentials = (value: unknown): Credentials | undefined => {
	const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
	const email = asString(record.email);
	const password = asString(record.password);
	return email && password ? { email, password } : undefined;
};

const READ_FIELD: { [Kind in keyof TargetFieldValues]: (value: unknown) => TargetFieldValues[Kind] | undefined } = {
	string: asString,
	credentials: asCredentials,
};

/** A profile's field in a run's configuration, if the run was given a well-typed one. */
export const profileField = <Kind extends keyof TargetFieldValues>(config: TargetConfig, name: string, kind: Kind): TargetFieldValues[Kind] | undefined =>
	READ_FIELD[kind](config.profileFields?.[name]);

/** Only the fields that say something; undefined when none does. */
const definedFields = <T>(fields: Record<string, T | undefined>): Record<string, T> | undefined => {
	const defined = Object.entries(fields).filter((entry): entry is [string, T] => entry[1] !== undefined);
	return defined.length > 0 ? Object.fromEntries(defined) : undefined;
};

/**
 * Reads a target description (a --target file, the flags, or the control API's `target`), keeping
 * only well-typed fields: the kit's own, and those of `fields` (the profile's) into profileFields.
 */
export const readTargetConfig = (source: Record<string, unknown>, fields: TargetFields = {}): TargetConfig => {
	const ttl = source.tokenTtlSeconds;
	const profileFields = Object.entries(fields).map(([name, field]) => [name, READ_FIELD[field.kind](source[name])]);
	const config: TargetConfig = {
		publishableKey: asString(source.publishableKey),
		revokedPublishableKey: asString(source.revokedPublishableKey),
		otherPublishableKey: asString(source.otherPublishableKey),
		admin: asCredentials(source.admin),
		secretKey: asString(source.secretKey),
		jwtSecret: asString(source.jwtSecret),
		tokenTtlSeconds: typeof ttl === "number" && ttl > 0 ? ttl : undefined,
		corsOrigin: asString(source.corsOrigin),
		controlUrl: asString(source.controlUrl),
		profileFields: definedFields(Object.fromEntries(profileFields)),
	};
	return withoutUndefined(config);
};

const withoutUndefined = (config: TargetConfig): TargetConfig => (definedFields({ ...config }) ?? {}) as TargetConfig;

/** Layers configurations: later ones win, field by field (a profile's fields too), where they say something. */
export const mergeTargetConfigs = (...layers: TargetConfig[]): TargetConfig => {
	const merged: TargetConfig = Object.assign({}, ...layers.map(withoutUndefined));
	return withoutUndefined({ ...merged, profileFields: definedFields(Object.assign({}, ...layers.map((layer) => layer.profileFields))) });
};
