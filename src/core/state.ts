// Everything the server remembers, in one value, so that /__control/reset can swap it for a fresh
// one built from the fixtures.
import { EmailPass, type EmailPassProvider } from "./emailpass.ts";
import { type Fixtures, seedStore } from "./fixtures.ts";
import { Outbox } from "./outbox.ts";
import type { PasswordHasher } from "./passwords.ts";
import { RateLimiters } from "./rate-limit.ts";
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

export interface State {
	store: MemoryStore;
	emailpass: EmailPassProvider;
	sessions: SessionStore;
	resetTokens: ResetTokens;
	outbox: Outbox;
	/** Request counts per client, by policy name (carphacom's marketplace); a reset forgets them. */
	rateLimits: RateLimiters;
}

export interface StateDeps {
	fixtures: Fixtures;
	hasher: PasswordHasher;
	signer: TokenSigner;
	limits: Limits;
	sessionTtlSeconds: number;
	resetPolicy: ResetPolicy;
	/** Lets the caller wrap the provider (gatecheck's --defect switches do). */
	wrapEmailPass?: (provider: EmailPassProvider, store: MemoryStore) => EmailPassProvider;
}

export const createState = async (deps: StateDeps, now: number): Promise<State> => {
	const store = new MemoryStore({ accounts: deps.limits.accounts });
	await seedStore(store, deps.fixtures, deps.hasher, now);
	const emailpass = new EmailPass(store, deps.hasher);
	return {
		store,
		emailpass: deps.wrapEmailPass ? deps.wrapEmailPass(emailpass, store) : emailpass,
		sessions: new SessionStore(deps.sessionTtlSeconds, deps.limits.sessions),
		resetTokens: new ResetTokens(deps.signer, deps.limits.resetTokens, deps.resetPolicy),
		outbox: new Outbox(deps.limits.outbox),
		rateLimits: new RateLimiters(deps.limits.rateLimitKeys),
	};
};
