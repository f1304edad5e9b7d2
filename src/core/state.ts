// What the server remembers that every profile shares, in one value, so that /__control/reset can
// swap it for a fresh one built from the fixtures. A profile keeps what only it has in its own
// slice beside this (src/profiles/profile.ts).
import type { EmailPassProvider } from "./emailpass.ts";
import { type CoreFixtures, seedStore } from "./fixtures.ts";
import { Outbox } from "./outbox.ts";
import type { Mailer } from "./smtp-mailer.ts";
import type { PasswordHasher } from "./passwords.ts";
import { type ResetPolicy, ResetTokens } from "./reset-tokens.ts";
import { SessionStore } from "./sessions.ts";
import { MemoryStore } from "./store.ts";
import type { TokenSigner } from "./tokens.ts";

export interface Limits {
	accounts: number;
	sessions: number;
	resetTokens: number;
	outbox: number;
	/** Clients each rate limiter remembers (core/rate-limit.ts states the bytes this costs). */
	rateLimitKeys: number;
}

export const DEFAULT_LIMITS: Limits = { accounts: 50_000, sessions: 100_000, resetTokens: 50_000, outbox: 1_000, rateLimitKeys: 100_000 };

export interface CoreState {
	store: MemoryStore;
	emailpass: EmailPassProvider;
	sessions: SessionStore;
	resetTokens: ResetTokens;
	outbox: Outbox;
}

export interface StateDeps {
	fixtures: CoreFixtures;
	hasher: PasswordHasher;
	signer: TokenSigner;
	limits: Limits;
	sessionTtlSeconds: number;
	resetPolicy: ResetPolicy;
	/** The profile's emailpass provider over this state's store. */
	emailpass: (store: MemoryStore, hasher: PasswordHasher) => EmailPassProvider;
	/** Sends each outbox mail on as well (serve --smtp). */
	mailer?: Mailer;
}

export const createCoreState = async (deps: StateDeps, now: number): Promise<CoreState> => {
	const store = new MemoryStore({ accounts: deps.limits.accounts });
	await seedStore(store, deps.fixtures, deps.hasher, now);
	return {
		store,
		emailpass: deps.emailpass(store, deps.hasher),
		sessions: new SessionStore(deps.sessionTtlSeconds, deps.limits.sessions),
		resetTokens: new ResetTokens(deps.signer, deps.limits.resetTokens, deps.resetPolicy),
		outbox: new Outbox(deps.limits.outbox, deps.mailer),
	};
};
