// The profile seam. A profile is one documented contract, served by one folder src/profiles/<name>/
// whose index.ts exports `defineProfile({...})`: its fixtures, its policy (the reference values its
// routes read), its defects (named overrides of that policy, or wrappers of the shared building
// blocks), its own slice of the state, its routes, the route families CORS applies to, and what it
// tells the banner and the control API. The server (app.ts) knows profiles only through `Profile`.
import type { AnyElysia } from "elysia";
import { type DeepPartial, deepMerge } from "../core/deep-merge.ts";
import { EmailPass, type EmailPassProvider } from "../core/emailpass.ts";
import type { CoreFixtures } from "../core/fixtures.ts";
import type { PasswordHasher } from "../core/passwords.ts";
import type { ResetPolicy } from "../core/reset-tokens.ts";
import type { Mailer } from "../core/smtp-mailer.ts";
import { createCoreState, type Limits } from "../core/state.ts";
import type { MemoryStore } from "../core/store.ts";
import type { Claims, TokenSigner } from "../core/tokens.ts";
import type { ControlRoute, TargetInfo } from "../http/control.ts";
import type { CorsFamily, CorsPolicy } from "../http/cors.ts";
import type { CallerNote } from "../journal/entry.ts";
import type { Runtime, State } from "../runtime.ts";

/** The policy values the shared building blocks read; a profile's policy adds its own. */
export interface BasePolicy {
	/** Lifetime of the tokens the profile issues (`--token-ttl` overrides it). */
	tokenTtlSeconds: number;
	/** Lifetime of sessions and their cookie (`--session-ttl` overrides it). */
	sessionTtlSeconds: number;
	resetTokens: ResetPolicy;
}

/** Behavioural breaks of the shared building blocks, each wrapping what the reference uses. */
export interface Wrappers {
	signer(signer: TokenSigner, secret: string): TokenSigner;
	hasher(hasher: PasswordHasher): PasswordHasher;
	emailpass(provider: EmailPassProvider, store: MemoryStore): EmailPassProvider;
	cors(configured: CorsPolicy): CorsPolicy;
}

/** One rule broken on purpose (`gatecheck serve --defect`), so a test can show a check failing on it. */
export interface Defect<Policy> {
	/** One sentence: what an attacker or a client gets from the fault. */
	why: string;
	/** The policy values it overrides. */
	policy?: DeepPartial<Policy>;
	/** The building blocks it wraps. */
	wrap?: Partial<Wrappers>;
}

export interface ProfileDefinition<Policy extends BasePolicy, Slice, Fixtures extends CoreFixtures> {
	name: string;
	/** One line, for --help and the banner. */
	description: string;
	/** The profile's fixtures from a fixtures file's JSON (the shared sections and its own). */
	readFixtures(raw: Record<string, unknown>): Fixtures;
	/** The whole file's schema, from the section schemas readFixtures reads (docs/fixtures/<name>.schema.json). */
	fixturesSchema?: import("@sinclair/typebox").TObject;
	policy: Policy;
	defects: Readonly<Record<string, Defect<Policy>>>;
	corsFamilies: readonly CorsFamily[];
	/** What only this profile remembers, built afresh with the shared state (whose store it may seed). */
	createSlice(fixtures: Fixtures, limits: Limits, now: number, store: MemoryStore): Slice;
	routes(rt: Runtime<Policy, Slice>): AnyElysia;
	/** The fixture values a conformance run needs (CONTROL.md, `target`). */
	describeTarget(fixtures: Fixtures, cors: CorsPolicy): TargetInfo;
	/** Control routes of the profile's own, beside the protocol's (CONTROL.md). */
	control?(rt: Runtime<Policy, Slice>): ControlRoute[];
	/** The banner's lines about the fixtures: accounts and keys, with where to use them. */
	banner(fixtures: Fixtures): string[];
	/**
	 * Who a request's credentials name, or what is wrong with them, for the request journal
	 * (src/journal/): the profile's own lookups, reading the state as the routes would, never changing it.
	 */
	describeCaller(rt: Runtime<Policy, Slice>, request: Request, now: number): Promise<CallerNote>;
	/** Whom a token's claims name ("customer cus_01…"), for the journal's note on a token an answer issues. */
	describeClaims(claims: Claims): string;
}

/**
 * What the server hands a profile to build a running instance from: the runtime's settings (the
 * signer and CORS before any defect wraps them), and what the profile turns into the rest.
 */
export interface BuildSettings
	extends Pick<Runtime, "clock" | "signer" | "jwtSecret" | "cookieSecret" | "trustProxy" | "socketAddress" | "cors" | "handle"> {
	fixtures: Record<string, unknown>;
	hasher: PasswordHasher;
	limits: Limits;
	tokenTtlSeconds?: number;
	sessionTtlSeconds?: number;
	defects: readonly string[];
	/** Sends the outbox's mails on as well (serve --smtp). */
	mailer?: Mailer;
}

export interface BuiltProfile {
	runtime: Runtime<BasePolicy>;
	routes: AnyElysia;
	target: TargetInfo;
	control: ControlRoute[];
	/** ProfileDefinition.describeCaller, on this instance's runtime and clock. */
	describeCaller(request: Request): Promise<CallerNote>;
}

/** A profile as the server and the CLI see it: its types closed over. */
export interface Profile {
	name: string;
	description: string;
	/** Each defect's name and sentence. */
	defects: Readonly<Record<string, string>>;
	corsFamilies: readonly CorsFamily[];
	/** The profile's fixtures from a fixtures file's JSON, or a FixturesError saying where it goes wrong. */
	readFixtures(raw: Record<string, unknown>): CoreFixtures;
	/** ProfileDefinition.fixturesSchema, which `npm run fixtures-schema` writes out as JSON Schema. */
	fixturesSchema?: import("@sinclair/typebox").TObject;
	banner(fixtures: Record<string, unknown>): string[];
	describeClaims(claims: Claims): string;
	build(settings: BuildSettings): Promise<BuiltProfile>;
}

/** The reference policy with `--token-ttl`/`--session-ttl` applied, then each defect's overrides. */
const policyOf = <Policy extends BasePolicy>(reference: Policy, settings: BuildSettings, defects: Defect<Policy>[]): Policy => {
	const configured = deepMerge(reference, {
		tokenTtlSeconds: settings.tokenTtlSeconds,
		sessionTtlSeconds: settings.sessionTtlSeconds,
	} as DeepPartial<Policy>);
	return defects.reduce((policy, defect) => (defect.policy ? deepMerge(policy, defect.policy) : policy), configured);
};

/** `value` through every defect's wrapper of `block`, in the order the defects were given. */
const wrapped = <Block extends keyof Wrappers>(
	defects: Defect<unknown>[],
	block: Block,
	value: ReturnType<Wrappers[Block]>,
	wrap: (wrapper: Wrappers[Block], value: ReturnType<Wrappers[Block]>) => ReturnType<Wrappers[Block]>,
): ReturnType<Wrappers[Block]> =>
	defects.reduce((current, defect) => {
		const wrapper = defect.wrap?.[block];
		return wrapper ? wrap(wrapper as Wrappers[Block], current) : current;
	}, value);

export const defineProfile = <Policy extends BasePolicy, Slice, Fixtures extends CoreFixtures>(
	definition: ProfileDefinition<Policy, Slice, Fixtures>,
): Profile => ({
	name: definition.name,
	description: definition.description,
	defects: Object.fromEntries(Object.entries(definition.defects).map(([name, defect]) => [name, defect.why])),
	corsFamilies: definition.corsFamilies,
	readFixtures: definition.readFixtures,
	fixturesSchema: definition.fixturesSchema,
	banner: (raw) => definition.banner(definition.readFixtures(raw)),
	describeClaims: definition.describeClaims,
	async build(settings) {
		const defects = settings.defects.map((name) => {
			const defect = definition.defects[name];
			if (!defect) throw new Error(`profile ${definition.name} has no defect "${name}"`);
			return defect;
		});
		const policy = policyOf(definition.policy, settings, defects);
		const fixtures = definition.readFixtures(settings.fixtures);
		const hasher = wrapped(defects, "hasher", settings.hasher, (wrap, hasher) => wrap(hasher));
		const signer = wrapped(defects, "signer", settings.signer, (wrap, signer) => wrap(signer, settings.jwtSecret));
		const emailpass = (store: MemoryStore, hashWith: PasswordHasher): EmailPassProvider =>
			wrapped(defects, "emailpass", new EmailPass(store, hashWith), (wrap, provider) => wrap(provider, store));
		const createState = async (now: number): Promise<State<Slice>> => {
			const core = await createCoreState(
				{
					fixtures,
					hasher,
					signer,
					limits: settings.limits,
					sessionTtlSeconds: policy.sessionTtlSeconds,
					resetPolicy: policy.resetTokens,
					emailpass,
					mailer: settings.mailer,
				},
				now,
			);
			return { ...core, slice: definition.createSlice(fixtures, settings.limits, now, core.store) };
		};
		const runtime: Runtime<Policy, Slice> = {
			clock: settings.clock,
			state: await createState(settings.clock.now()),
			signer,
			jwtSecret: settings.jwtSecret,
			cookieSecret: settings.cookieSecret,
			trustProxy: settings.trustProxy,
			socketAddress: settings.socketAddress,
			cors: wrapped(defects, "cors", settings.cors, (wrap, cors) => wrap(cors)),
			policy,
			handle: settings.handle,
			async resetState() {
				runtime.state = await createState(settings.clock.now());
			},
		};
		return {
			runtime,
			routes: definition.routes(runtime),
			target: definition.describeTarget(fixtures, settings.cors),
			control: definition.control?.(runtime) ?? [],
			describeCaller: (request) => definition.describeCaller(runtime, request, settings.clock.now()),
		};
	},
});
