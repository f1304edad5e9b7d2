// What third-party login remembers, rebuilt with the rest of the state by /__control/reset: the
// providers the fixtures configure (Medusa's `clientId` and `callbackUrl` options, §5 of
// docs/upstream/medusa-v2-third-party-login.md), the people each fake provider knows, the pending
// states and the codes the provider page has handed out. Fixture accounts that name a customer
// have signed in before: their auth identity is seeded, linked to that customer.
import { type Static, Type } from "@sinclair/typebox";
import { FixturesError, fixtureSection } from "../../../core/fixtures.ts";
import { newId } from "../../../core/ids.ts";
import { AuthorizationCodes, LoginStates } from "../../../core/oauth-flow.ts";
import type { Limits } from "../../../core/state.ts";
import type { MemoryStore } from "../../../core/store.ts";
import { type ProviderAccount, REDIRECT_PROVIDERS, type RedirectProvider } from "./providers.ts";

const ACCOUNT = Type.Object(
	{
		id: Type.String({ minLength: 1 }),
		email: Type.String(),
		name: Type.String(),
		/** Google refuses an account whose e-mail it has not verified; true unless said. */
		email_verified: Type.Optional(Type.Boolean()),
		given_name: Type.Optional(Type.String()),
		family_name: Type.Optional(Type.String()),
		picture: Type.Optional(Type.String()),
		login: Type.Optional(Type.String()),
		company: Type.Optional(Type.String()),
		avatar_url: Type.Optional(Type.String()),
		two_factor_authentication: Type.Optional(Type.Boolean()),
		/** The fixture customer this account signed in as before: its identity is linked already. */
		customer: Type.Optional(Type.String()),
	},
	{ additionalProperties: false },
);

const PROVIDER = Type.Object(
	{ client_id: Type.String({ minLength: 1 }), callback_url: Type.String(), accounts: Type.Optional(Type.Array(ACCOUNT)) },
	{ additionalProperties: false },
);

const SECTION = Type.Object(Object.fromEntries(REDIRECT_PROVIDERS.map((provider) => [provider.id, Type.Optional(PROVIDER)])), {
	additionalProperties: false,
});

export type OAuthProvidersFixture = Static<typeof SECTION>;
type AccountFixture = Static<typeof ACCOUNT>;

/** The `oauth_providers` section; none configured when it is missing, as in a new Medusa project. */
export const readOAuthProviders = (raw: Record<string, unknown>): OAuthProvidersFixture =>
	raw.oauth_providers === undefined ? {} : fixtureSection(raw, "oauth_providers", SECTION);

/** A provider as the fixtures configure it. */
export interface ConfiguredProvider {
	provider: RedirectProvider;
	clientId: string;
	callbackUrl: string;
}

/** Accounts a provider page can make, on top of the fixtures': people type new ones in. */
const NEW_ACCOUNTS_PER_PROVIDER = 1_000;

/** The people a fake provider knows, by id, and the ones made on its page. */
export class ProviderDirectory {
	readonly #accounts = new Map<string, ProviderAccount>();
	#made = 0;
	constructor(fixtures: readonly ProviderAccount[]) {
		for (const account of fixtures) this.#accounts.set(account.id, account);
	}
	get(id: string): ProviderAccount | undefined {
		return this.#accounts.get(id);
	}
	list(): ProviderAccount[] {
		return [...this.#accounts.values()];
	}
	/**
	 * The account with this e-mail, in any letter case as Google and GitHub compare addresses, made if
	 * the provider has none; undefined once the page has made its share.
	 */
	findOrMake(email: string, make: () => ProviderAccount): ProviderAccount | undefined {
		const wanted = email.toLowerCase();
		const known = this.list().find((account) => account.email.toLowerCase() === wanted);
		if (known) return known;
		if (this.#made >= NEW_ACCOUNTS_PER_PROVIDER) return undefined;
		const account = make();
		this.#made += 1;
		this.#accounts.set(account.id, account);
		return account;
	}
}

export interface ThirdPartyLogin {
	/** In configuration order: emailpass's place is first, then google, then github. */
	configured: ReadonlyMap<string, ConfiguredProvider>;
	directories: ReadonlyMap<string, ProviderDirectory>;
	states: LoginStates;
	/** Codes of every provider: an account carries the provider it is of. */
	codes: AuthorizationCodes<{ provider: string; account: ProviderAccount }>;
}

const accountOf = (fixture: AccountFixture): ProviderAccount => {
	const { customer: _linked, email_verified, ...fields } = fixture;
	return { ...fields, email_verified: email_verified ?? true };
};

export const createThirdPartyLogin = (
	fixtures: OAuthProvidersFixture,
	customers: ReadonlySet<string>,
	store: MemoryStore,
	limits: Limits,
	now: number,
): ThirdPartyLogin => {
	const configured = new Map<string, ConfiguredProvider>();
	const directories = new Map<string, ProviderDirectory>();
	for (const provider of REDIRECT_PROVIDERS) {
		const fixture = fixtures[provider.id];
		if (!fixture) continue;
		configured.set(provider.id, { provider, clientId: fixture.client_id, callbackUrl: fixture.callback_url });
		const accounts = fixture.accounts ?? [];
		directories.set(provider.id, new ProviderDirectory(accounts.map(accountOf)));
		accounts.forEach((account, index) => {
			if (account.customer === undefined) return;
			if (!customers.has(account.customer))
				throw new FixturesError(`section "oauth_providers" at /${provider.id}/accounts/${index}/customer: no customer "${account.customer}" in "customers"`);
			store.addIdentity({
				id: newId("authid", now),
				provider: provider.id,
				entityId: account.id,
				passwordHash: "",
				appMetadata: { customer_id: account.customer },
				userMetadata: provider.userMetadata(accountOf(account)),
				providerMetadata: provider.providerMetadata?.(now),
			});
		});
	}
	return {
		configured,
		directories,
		states: new LoginStates(limits.sessions),
		codes: new AuthorizationCodes(limits.sessions),
	};
};
