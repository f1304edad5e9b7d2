// createApp: one reference server, fully configured, with no module-level state. Tests call it
// in-process (`app.handle(new Request(...))`); src/main.ts binds it to a port.
import { Elysia } from "elysia";
import { type Clock, ShiftableClock, systemClock } from "./core/clock.ts";
import { ARGON2_PRESETS, type Argon2Params, createPasswordHasher } from "./core/passwords.ts";
import { DEFAULT_LIMITS, type Limits } from "./core/state.ts";
import type { Mailer } from "./core/smtp-mailer.ts";
import { createTokenSigner } from "./core/tokens.ts";
import type { ClientAddress } from "./http/client-address.ts";
import { controlPlugin } from "./http/control.ts";
import { type CorsPolicy, corsPolicyFromEnv } from "./http/cors.ts";
import { openApiPlugin } from "./openapi/routes.ts";
import { DEFAULT_PROFILE, findProfile } from "./profiles/index.ts";
import type { BasePolicy, Profile } from "./profiles/profile.ts";
import type { JournalEntry } from "./journal/entry.ts";
import type { FailurePlan } from "./journal/failures.ts";
import { journaledFetch } from "./journal/journaled-fetch.ts";
import { RequestJournal } from "./journal/request-journal.ts";
import type { Runtime } from "./runtime.ts";
import { uiPlugin } from "./ui/routes.ts";

export interface AppOptions {
	/** A profile of the registry by name, or a profile itself (a test's own); the registry's first by default. */
	profile?: string | Profile;
	/** The fixtures file's JSON (core/fixtures.ts loadFixtures); the profile reads its sections. */
	fixtures: Record<string, unknown>;
	jwtSecret: string;
	cookieSecret: string;
	/** The time source; the server shifts it for /__control/clock. Defaults to the system clock. */
	clock?: Clock;
	/** Mount /__control (conformance/CONTROL.md). */
	control?: boolean;
	trustProxy?: boolean;
	argon2?: Argon2Params;
	/** Allowed origins per route family; else read from `corsEnv` (STORE_CORS, …) or the profile's defaults. */
	cors?: CorsPolicy;
	corsEnv?: Record<string, string | undefined>;
	/** Lifetime of issued tokens; the profile's own by default. */
	tokenTtlSeconds?: number;
	/** Lifetime of sessions and their cookie; the profile's own by default. */
	sessionTtlSeconds?: number;
	limits?: Partial<Limits>;
	/** The socket address of a request, for the control API's loopback check. */
	clientAddress?: ClientAddress;
	/** Faults to switch on, by name, for tests of the conformance kit (the profile's defects.ts). Never on by default. */
	defects?: readonly string[];
	/** Sends every mail of the outbox on as well (serve --smtp). */
	mailer?: Mailer;
	/** Each journaled exchange as it finishes (serve --log prints it). */
	log?: (entry: JournalEntry) => void;
	/** Latency and faults to put on requests (serve --latency, --fault, --seed). */
	failures?: FailurePlan;
	/**
	 * The request journal to record into, instead of a new one: `serve --watch` builds a new app on
	 * each fixtures reload and keeps the exchanges seen so far (issue 19, scope 5).
	 */
	journal?: RequestJournal;
}

export interface GatecheckApp {
	app: Elysia;
	/**
	 * The server's front door: the app itself, or, when something watches or fails requests (`log`,
	 * `control`, `failures`), the app behind the request journal (src/journal/journaled-fetch.ts).
	 */
	fetch(request: Request): Promise<Response>;
	/** Whether `fetch` journals (and may delay or fail) requests, rather than being the app's own handle. */
	journaled: boolean;
	journal: RequestJournal;
	runtime: Runtime<BasePolicy>;
	profile: Profile;
}

const profileOf = async (option: AppOptions["profile"]): Promise<Profile> => {
	if (typeof option === "object") return option;
	const name = option ?? DEFAULT_PROFILE;
	const profile = await findProfile(name);
	if (!profile) throw new Error(`no profile "${name}"`);
	return profile;
};

export const createApp = async (options: AppOptions): Promise<GatecheckApp> => {
	const profile = await profileOf(options.profile);
	const clock = new ShiftableClock(options.clock ?? systemClock);
	const { runtime, routes, target, control, describeCaller } = await profile.build({
		fixtures: options.fixtures,
		clock,
		hasher: createPasswordHasher(options.argon2 ?? ARGON2_PRESETS.owasp),
		signer: await createTokenSigner(options.jwtSecret),
		jwtSecret: options.jwtSecret,
		cookieSecret: options.cookieSecret,
		trustProxy: options.trustProxy ?? false,
		socketAddress: options.clientAddress ?? (() => undefined),
		cors: options.cors ?? corsPolicyFromEnv(options.corsEnv ?? {}, profile.corsFamilies),
		limits: { ...DEFAULT_LIMITS, ...options.limits },
		tokenTtlSeconds: options.tokenTtlSeconds,
		sessionTtlSeconds: options.sessionTtlSeconds,
		defects: options.defects ?? [],
		mailer: options.mailer,
		handle: (request) => app.handle(request),
	});
	const app = new Elysia().use(routes).use(openApiPlugin(profile, routes.routes));
	const journal = options.journal ?? new RequestJournal();
	if (options.control) {
		app.use(controlPlugin(runtime, { profile: profile.name, target, journal, extra: control }));
		// /__ui (src/ui/): the page's storefront flow sends through the front door, so its requests are journaled as a storefront's are.
		app.use(uiPlugin(runtime, { profile, target, journal, served: routes.routes, send: (request) => fetch(request) }));
	}
	const handle = (request: Request): Promise<Response> => app.handle(request);
	const journaled = Boolean(options.log || options.control || options.failures);
	const fetch = journaled
		? journaledFetch({
				journal,
				clock,
				cors: runtime.cors,
				handle,
				describeCaller,
				describeClaims: profile.describeClaims,
				onEntry: options.log,
				failures: options.failures,
			})
		: handle;
	return { app: app as unknown as Elysia, fetch, journaled, journal, runtime, profile };
};
