// createApp: one reference server, fully configured, with no module-level state. Tests call it
// in-process (`app.handle(new Request(...))`); src/main.ts binds it to a port.
import { Elysia } from "elysia";
import { type Clock, ShiftableClock, systemClock } from "./core/clock.ts";
import type { Fixtures } from "./core/fixtures.ts";
import { ARGON2_PRESETS, type Argon2Params, createPasswordHasher } from "./core/passwords.ts";
import { createState, DEFAULT_LIMITS, type Limits, type StateDeps } from "./core/state.ts";
import { defectiveEmailPass, defectiveHasher, defectiveSettings, defectiveSigner, type Defects } from "./defects/apply.ts";
import type { Defect } from "./defects/catalogue.ts";
import { createTokenSigner } from "./core/tokens.ts";
import type { ClientAddress } from "./http/client-address.ts";
import { controlPlugin, type TargetInfo } from "./http/control.ts";
import { type CorsPolicy, corsPolicyFromEnv } from "./http/cors.ts";
import { carphacom, configureCarphacom } from "./profiles/carphacom/index.ts";
import { medusaV2 } from "./profiles/medusa-v2/index.ts";
import type { Runtime } from "./runtime.ts";

/** Each profile: its routes (one Elysia plugin) and what it sets on the runtime before serving. */
const PROFILE_MODULES = {
	"medusa-v2": { routes: medusaV2, configure: (_rt: Runtime): void => {} },
	carphacom: { routes: carphacom, configure: configureCarphacom },
} as const;

export type ProfileName = keyof typeof PROFILE_MODULES;
export const PROFILES = Object.keys(PROFILE_MODULES) as ProfileName[];

export interface AppOptions {
	profile?: ProfileName;
	fixtures: Fixtures;
	jwtSecret: string;
	cookieSecret: string;
	/** The time source; the server shifts it for /__control/clock. Defaults to the system clock. */
	clock?: Clock;
	/** Mount /__control (conformance/CONTROL.md). */
	control?: boolean;
	trustProxy?: boolean;
	argon2?: Argon2Params;
	cors?: CorsPolicy;
	/** Lifetime of issued tokens; Medusa's default is 1 day (observed 12). */
	tokenTtlSeconds?: number;
	/** Lifetime of sessions and their cookie; Medusa's default is 10 h (observed 12). */
	sessionTtlSeconds?: number;
	limits?: Partial<Limits>;
	/** The socket address of a request, for the control API's loopback check. */
	clientAddress?: ClientAddress;
	/** Faults to switch on, for tests of the conformance kit (src/defects). Never on by default. */
	defects?: Defect[];
}

/** The fixture values a conformance run against this server needs (CONTROL.md, `target`). */
const describeTarget = (fixtures: Fixtures, cors: CorsPolicy): TargetInfo => {
	const live = fixtures.publishable_keys.filter((key) => !key.revoked);
	const admin = fixtures.users.find((user) => (user.role ?? "admin") === "admin");
	const support = fixtures.users.find((user) => user.role === "support");
	const corsOrigin = cors.store.find((rule) => typeof rule === "string" && cors.auth.includes(rule));
	return {
		publishableKey: live[0]?.token,
		otherPublishableKey: live[1]?.token,
		revokedPublishableKey: fixtures.publishable_keys.find((key) => key.revoked)?.token,
		admin: admin && { email: admin.email, password: admin.password },
		support: support && { email: support.email, password: support.password },
		secretKey: fixtures.secret_keys[0]?.token,
		corsOrigin,
	};
};

export interface GatecheckApp {
	app: Elysia;
	runtime: Runtime;
}

export const createApp = async (options: AppOptions): Promise<GatecheckApp> => {
	const profile = options.profile ?? "medusa-v2";
	const defects: Defects = new Set(options.defects);
	const broken = defectiveSettings(defects);
	const clock = new ShiftableClock(options.clock ?? systemClock);
	const hasher = defectiveHasher(createPasswordHasher(options.argon2 ?? ARGON2_PRESETS.owasp), defects);
	const signer = defectiveSigner(await createTokenSigner(options.jwtSecret), options.jwtSecret, defects);
	const stateDeps: StateDeps = {
		fixtures: options.fixtures,
		hasher,
		signer,
		limits: { ...DEFAULT_LIMITS, ...options.limits },
		sessionTtlSeconds: broken.sessionTtlSeconds ?? options.sessionTtlSeconds ?? 36_000,
		resetPolicy: broken.resetPolicy,
		wrapEmailPass: defects.size > 0 ? (provider, store) => defectiveEmailPass(provider, store, defects) : undefined,
	};
	const cors = options.cors ?? corsPolicyFromEnv({});
	const runtime: Runtime = {
		clock,
		state: await createState(stateDeps, clock.now()),
		signer,
		cookieSecret: options.cookieSecret,
		trustProxy: options.trustProxy ?? false,
		socketAddress: options.clientAddress ?? (() => undefined),
		cors: defects.has("cors-allow-any-origin") ? { store: [/.*/], admin: [/.*/], auth: [/.*/] } : cors,
		tokenTtlSeconds: broken.tokenTtlSeconds ?? options.tokenTtlSeconds ?? 86_400,
		defects,
		handle: (request) => app.handle(request),
		async resetState() {
			runtime.state = await createState(stateDeps, clock.now());
		},
	};
	const module = PROFILE_MODULES[profile];
	module.configure(runtime);
	const app = new Elysia().use(module.routes(runtime));
	if (options.control)
		app.use(controlPlugin(runtime, profile, describeTarget(options.fixtures, cors)));
	return { app: app as unknown as Elysia, runtime };
};
