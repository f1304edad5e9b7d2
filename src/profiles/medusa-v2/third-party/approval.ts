// The fake provider's side of the login: read an authorization request (the `location` a login
// answered), and approve it as one of the provider's people, which hands out a one-time code, or deny
// it. The provider page (provider-page.ts) and the control API (control.ts) both go through here, so a
// test that approves headless gets exactly what a person clicking "approve" gets.
import type { ThirdPartyLogin, ConfiguredProvider } from "./login-state.ts";
import type { ProviderAccount } from "./providers.ts";
import type { CodePolicy } from "../../../core/oauth-flow.ts";

export interface AuthorizationRequest {
	configured: ConfiguredProvider;
	redirectUri: string;
	/** Sent back untouched; the provider neither keeps nor checks it (RFC 6749 §4.1.2). */
	state: string | null;
}

/** Who the person says they are: a known account by id, or an e-mail and name for a new one (or the known one with that e-mail). */
export type Approver = { account: string } | { email: string; name: string };

const isHttpUrl = (value: string): boolean => {
	try {
		return ["http:", "https:"].includes(new URL(value).protocol);
	} catch {
		return false;
	}
};

/**
 * The request an authorize URL's query makes, or why the provider refuses to show it. Real providers
 * refuse an unknown client and a redirect URI they were not given; the fake one knows its client id
 * and takes any http(s) redirect URI, since upstream lets the storefront choose it (README, reference choices).
 */
export const readAuthorizationRequest = (
	thirdParty: ThirdPartyLogin,
	providerId: string,
	params: URLSearchParams,
): AuthorizationRequest | string => {
	const configured = thirdParty.configured.get(providerId);
	if (!configured) return `no provider "${providerId}" is configured (fixtures, oauth_providers)`;
	if (params.get("client_id") !== configured.clientId) return `invalid_client: the client_id is not ${configured.clientId}`;
	if (params.get("response_type") !== "code") return "unsupported_response_type: only response_type=code is served";
	const redirectUri = params.get("redirect_uri") ?? "";
	if (!isHttpUrl(redirectUri)) return `invalid_request: redirect_uri "${redirectUri}" is not an http(s) URL`;
	return { configured, redirectUri, state: params.get("state") };
};

/** `base` with `params` added to its query, as a provider sends the person back. */
const backTo = (base: string, params: Record<string, string | null>): string => {
	const url = new URL(base);
	for (const [name, value] of Object.entries(params)) if (value !== null) url.searchParams.set(name, value);
	return url.toString();
};

export interface Approval {
	/** The callback URL with `code` and `state`: where the provider sends the person. */
	redirect: string;
	code: string;
	account: ProviderAccount;
	/** The account was made by this approval. */
	made: boolean;
}

/** Approves `request` as `approver`: a one-time code for that account, or why not. */
export const approve = (
	thirdParty: ThirdPartyLogin,
	request: AuthorizationRequest,
	approver: Approver,
	policy: CodePolicy,
	now: number,
): Approval | string => {
	const { provider, clientId } = request.configured;
	const directory = thirdParty.directories.get(provider.id);
	if (!directory) return `no provider "${provider.id}" is configured`;
	let account: ProviderAccount | undefined;
	let made = false;
	if ("account" in approver) {
		account = directory.get(approver.account);
		if (!account) return `${provider.id} has no account "${approver.account}"`;
	} else {
		const email = approver.email.trim();
		const name = approver.name.trim() || email;
		if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254 || name.length > 200)
			return "a new account needs an e-mail address (at most 254 characters) and a name (at most 200)";
		account = directory.findOrMake(email, () => {
			made = true;
			return { id: provider.newAccountId(), email, name, email_verified: true, ...provider.newAccountFields(email, name) };
		});
		if (!account) return `${provider.id} has made as many new accounts as it holds; reset the server`;
	}
	const code = thirdParty.codes.issue({ clientId, redirectUri: request.redirectUri, account: { provider: provider.id, account } }, policy, now);
	return { redirect: backTo(request.redirectUri, { code, state: request.state }), code, account, made };
};

/** The person said no: the provider sends them back with `error` (RFC 6749 §4.1.2.1). */
export const deny = (request: AuthorizationRequest): string =>
	backTo(request.redirectUri, {
		error: "access_denied",
		error_description: "The person declined to sign in",
		error_uri: "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2.1",
		state: request.state,
	});
