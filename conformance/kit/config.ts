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
	/** A read-only admin user (carphacom's "support" role). */
	support?: Credentials;
	secretKey?: string;
	jwtSecret?: string;
	/** The target's configured token lifetime, when it was started with a short one. */
	tokenTtlSeconds?: number;
	/** An origin the target's CORS configuration allows on /store and /auth. */
	corsOrigin?: string;
	/** Base URL of the control API (CONTROL.md), usually the target itself. */
	controlUrl?: string;
}

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
	timing: DEFAULT_TIMING_OPTIONS,
};

const stringField = (source: Record<string, unknown>, key: string): string | undefined =>
	typeof source[key] === "string" ? (source[key] as string) : undefined;

/** Reads a target description (a --target file, or the control API's `target`), keeping only well-typed fields. */
export const readTargetConfig = (source: Record<string, unknown>): TargetConfig => {
	const credentials = (value: unknown): Credentials | undefined => {
		const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
		const email = stringField(record, "email");
		const password = stringField(record, "password");
		return email && password ? { email, password } : undefined;
	};
	const ttl = source.tokenTtlSeconds;
	const config: TargetConfig = {
		publishableKey: stringField(source, "publishableKey"),
		revokedPublishableKey: stringField(source, "revokedPublishableKey"),
		otherPublishableKey: stringField(source, "otherPublishableKey"),
		admin: credentials(source.admin),
		support: credentials(source.support),
		secretKey: stringField(source, "secretKey"),
		jwtSecret: stringField(source, "jwtSecret"),
		tokenTtlSeconds: typeof ttl === "number" && ttl > 0 ? ttl : undefined,
		corsOrigin: stringField(source, "corsOrigin"),
		controlUrl: stringField(source, "controlUrl"),
	};
	return withoutUndefined(config);
};

const withoutUndefined = (config: TargetConfig): TargetConfig =>
	Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined)) as TargetConfig;

/** Layers configurations: later ones win, field by field, where they say something. */
export const mergeTargetConfigs = (...layers: TargetConfig[]): TargetConfig =>
	Object.assign({}, ...layers.map(withoutUndefined)) as TargetConfig;
