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
	/** Longest a check may take before it counts as an error. */
	timeoutMs: number;
}

export const DEFAULT_RUN_OPTIONS: RunOptions = {
	seed: 20261122,
	runs: 50,
	allowSlow: false,
	strict: false,
	hardening: false,
	showSecrets: false,
	concurrency: 4,
	timeoutMs: 60_000,
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
