// Medusa 2.21.2's two redirect providers, google (@medusajs/auth-google) and github
// (@medusajs/auth-github), as far as a storefront can tell them apart: the authorize URL each builds,
// what each answers when the token exchange fails, how an account becomes an auth identity, and the
// registration each refuses. Read from the 2.21.2 packages: docs/upstream/medusa-v2-third-party-login.md.
import { randomHex } from "../../../core/ids.ts";

/** A person at the provider: a fixture account, or one made on the provider page. Field names as the provider's API has them. */
export interface ProviderAccount {
	/** Google's `sub`, GitHub's numeric user id: the identity's entity_id. */
	id: string;
	email: string;
	name: string;
	email_verified: boolean;
	given_name?: string;
	family_name?: string;
	picture?: string;
	login?: string;
	company?: string | null;
	avatar_url?: string;
	two_factor_authentication?: boolean;
}

export interface RedirectProvider {
	id: string;
	/** GET /auth/{actor}/providers: the provider service's DISPLAY_NAME. */
	displayName: string;
	/** The authorize URL's `scope`; GitHub's sets none, so GitHub grants its default (§1). */
	scope?: string;
	/** POST …/register: the provider's register() throws, and the auth module makes it a 401 (§3). */
	registrationRefusal: string;
	/**
	 * The callback's answer when the provider refuses the code. Google's token endpoint answers 400;
	 * GitHub's answers 200 `{"error":"bad_verification_code"}`, whose missing `expires_in` makes
	 * `new Date(NaN).toISOString()` throw (§2).
	 */
	exchangeRefusal: string;
	/** A reason to refuse the account once its code is exchanged: Google's unverified e-mail (§2, verify_). */
	refusal?(account: ProviderAccount): string | undefined;
	/** Whether a later login rewrites the identity's metadata: GitHub's upsert_ does, Google's never updates (§2). */
	updatesIdentity: boolean;
	userMetadata(account: ProviderAccount): Record<string, unknown>;
	/** What the provider keeps of the token exchange (GitHub's tokens and their expiry; Google keeps none). */
	providerMetadata?(now: number): Record<string, unknown>;
	/** A new account's id, in the provider's own form. */
	newAccountId(): string;
	/** A new account's provider-specific fields, made from its e-mail and name. */
	newAccountFields(email: string, name: string): Partial<ProviderAccount>;
}

const randomDigits = (count: number): string => {
	const bytes = crypto.getRandomValues(new Uint8Array(count));
	return Array.from(bytes, (byte, i) => (i === 0 ? 1 + (byte % 9) : byte % 10)).join("");
};

// GitHub App user tokens: 8 hours, and 6 months for their refresh token (GitHub's docs,
// "Refreshing user access tokens"), the values `expires_in` and `refresh_token_expires_in` carry.
const GITHUB_ACCESS_TOKEN_SECONDS = 28_800;
const GITHUB_REFRESH_TOKEN_SECONDS = 15_897_600;

export const GOOGLE: RedirectProvider = {
	id: "google",
	displayName: "Google Authentication",
	scope: "email profile openid",
	registrationRefusal: "Google does not support registration. Use method `authenticate` instead.",
	exchangeRefusal: "Could not exchange token, 400, Bad Request",
	refusal: (account) => (account.email_verified ? undefined : "Email not verified, cannot proceed with authentication"),
	updatesIdentity: false,
	userMetadata: (account) => ({
		name: account.name,
		email: account.email,
		picture: account.picture,
		given_name: account.given_name,
		family_name: account.family_name,
	}),
	newAccountId: () => randomDigits(21),
	newAccountFields: (_email, name) => {
		const [given, ...family] = name.split(/\s+/);
		return { given_name: given, family_name: family.length > 0 ? family.join(" ") : undefined };
	},
};

export const GITHUB: RedirectProvider = {
	id: "github",
	displayName: "Github Authentication",
	registrationRefusal: "Github does not support registration. Use method `authenticate` instead.",
	exchangeRefusal: "Invalid time value",
	updatesIdentity: true,
	userMetadata: (account) => ({
		// `user.url`: the API's address of the user, not their profile page (§2).
		profile_url: `https://api.github.com/users/${account.login ?? account.id}`,
		avatar: account.avatar_url ?? `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
		email: account.email,
		name: account.name,
		company: account.company ?? null,
		two_factor_authentication: account.two_factor_authentication ?? false,
	}),
	providerMetadata: (now) => ({
		access_token: `ghu_${randomHex(18)}`,
		refresh_token: `ghr_${randomHex(38)}`,
		access_token_expires_at: new Date(now + GITHUB_ACCESS_TOKEN_SECONDS * 1000).toISOString(),
		refresh_token_expires_at: new Date(now + GITHUB_REFRESH_TOKEN_SECONDS * 1000).toISOString(),
	}),
	newAccountId: () => randomDigits(8),
	newAccountFields: (email) => ({ login: email.split("@")[0]?.replace(/[^A-Za-z0-9-]/g, "-") || "octocat" }),
};

export const REDIRECT_PROVIDERS: readonly RedirectProvider[] = [GOOGLE, GITHUB];

/** The provider's authorize URL: its parameters in upstream's order, URLSearchParams' encoding (§1). */
export const authorizeUrl = (base: string, provider: RedirectProvider, clientId: string, callbackUrl: string, state: string): string => {
	const url = new URL(base);
	url.searchParams.set("redirect_uri", callbackUrl);
	url.searchParams.set("client_id", clientId);
	url.searchParams.set("response_type", "code");
	if (provider.scope !== undefined) url.searchParams.set("scope", provider.scope);
	url.searchParams.set("state", state);
	return url.toString();
};
