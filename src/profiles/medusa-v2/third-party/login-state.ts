// What third-party login remembers, rebuilt with the rest of the state by /__control/reset: the
// providers the fixtures configure (Medusa's `clientId` and `callbackUrl` options, §5 of
// docs/upstream/medusa-v2-third-party-login.md), the people each fake provider knows, the pending
// states and the codes the provider page has handed out. Fixture accounts that name a customer
// have signed in before: their auth identity is seeded, linked to that customer.
import { type Static, Type } from "@sinclair/typebox";
import { fieldValues, refuseDuplicates, refuseUnknownReferences } from "../../../core/fixture-references.ts";
import { fixtureSection } from "../../../core/fixtures.ts";
import { newId } from "../../../core/ids.ts";
import { AuthorizationCodes, LoginStates } from "../../../core/oauth-flow.ts";
import type { Limits } from "../../../core/state.ts";
import type { MemoryStore } from "../../../core/store.ts";
import { type ProviderAccount, REDIRECT_PROVIDERS, type RedirectProvider } from "./providers.ts";

const ACCOUNT = Type.Object(
	{
		id: Type.String({ minLength: 1, description: "Google's `sub`, GitHub's numeric user id: unique among the provider's accounts." }),
		email: Type.String({ description: "The provider page matches typed e-mails to it in any letter case; no linking to customers by e-mail." }),
		name: Type.String(),
		email_verified: Type.Optional(Type.Boolean({ description: "Google refuses an account whose e-mail it has not verified; true unless said." })),
		given_name: Type.Optional(Type.String()),
		family_name: Type.Optional(Type.String()),
		picture: Type.Optional(Type.String()),
		login: Type.Optional(Type.String()),
		company: Type.Optional(Type.String()),
		avatar_url: Type.Optional(Type.String()),
		two_factor_authentication: Type.Optional(Type.Boolean()),
		customer: Type.Optional(Type.String({ description: "Id of a customer of this file this account signed in as before: its identity is linked already." })),
	},
	{ additionalProperties: false },
);

const PROVIDER = Type.Object(
	{
		client_id: Type.String({ minLength: 1, description: "Medusa's clientId option: the authorize URL carries it." }),
		callback_url: Type.String({ description: "Medusa's callbackUrl option: where the provider page sends the browser back, unless the login's callback_url overrides it." }),
		accounts: Type.Optional(Type.Array(ACCOUNT, { description: "The people this fake provider knows; more can be typed in on its page." })),
	},
	{ additionalProperties: false },
);

/** The `oauth_providers` section; none configured when it is missing, as in a new Medusa project. */
export const OAUTH_PROVIDERS_SECTION = Type.Object(
	Object.fromEntries(REDIRECT_PROVIDERS.map((provider) => [provider.id, Type.Optional(PROVIDER)])),
	{ additionalProperties: false, default: {}, description: "Sign in with Google or GitHub: the redirect providers configured, each a fake provider page on this server." },
);

export type OAuthProvidersFixture = Static<typeof OAUTH_PROVIDERS_SECTION>;
type AccountFixture = Static<typeof ACCOUNT>;

/**
 * The `oauth_providers` section. An account is kept by its id (one would replace another of the same
 * id), and one that names a customer is seeded linked to it, which must be a customer of the file.
 */
export const readOAuthProviders = (raw: Record<string, unknown>, customerIds: readonly string[]): OAuthProvidersFixture => {
	const section = fixtureSection(raw, "oauth_providers", OAUTH_PROVIDERS_SECTION);
	for (const [provider, configured] of Object.entries(section)) {
		const path = `oauth_providers.${provider}.accounts`;
		refuseDuplicates(fieldValues(path, configured?.accounts ?? [], "id"));
		refuseUnknownReferences(fieldValues(path, configured?.accounts ?? [], "customer"), customerIds, "a customer of this file");
	}
	return section;
};

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

/** Third-party login's state from fixtures readOAuthProviders has checked (every linked customer exists). */
export const createThirdPartyLogin = (
	fixtures: OAuthProvidersFixture,
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
		for (const account of accounts) {
			if (account.customer === undefined) continue;
			store.addIdentity({
				id: newId("authid", now),
				provider: provider.id,
				entityId: account.id,
				passwordHash: "",
				appMetadata: { customer_id: account.customer },
				userMetadata: provider.userMetadata(accountOf(account)),
				providerMetadata: provider.providerMetadata?.(now),
			});
		}
	}
	return {
		configured,
		directories,
		states: new LoginStates(limits.sessions),
		codes: new AuthorizationCodes(limits.sessions),
	};
};
