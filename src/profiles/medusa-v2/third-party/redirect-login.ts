// Login through a redirect provider (seed 002, "Auth Route", second flow), as Medusa 2.21.2's auth
// routes run google and github (docs/upstream/medusa-v2-third-party-login.md §1–§3, observed 35):
// POST /auth/{actor}/{provider} answers 200 `{location}`, the provider sends the person back to the
// storefront with `code` and `state`, and /callback trades them for a token. The provider here is the
// reference's own page (provider-page.ts), so `location` points at this server.
import { fieldsOf } from "../../../core/body-fields.ts";
import type { AuthIdentity } from "../../../core/store.ts";
import { newId } from "../../../core/ids.ts";
import { expressQuery } from "../../../http/query.ts";
import { jsonResponse } from "../../../http/respond.ts";
import { isSecureRequest } from "../../../http/session-cookie.ts";
import { medusaV2Error } from "../errors.ts";
import type { MedusaV2Runtime } from "../runtime.ts";
import type { ConfiguredProvider } from "./login-state.ts";
import { authorizeUrl, type ProviderAccount } from "./providers.ts";

/** Every provider failure reaches the client as a 401 with the provider's message (§0, the auth module's wrapper). */
const refused = (message: string) => medusaV2Error("ERR_AUTH_PROVIDER", message);

/** `?error=` from the provider: upstream writes its description and URI into the message, `undefined` when absent (observed 35). */
const providerError = (query: Record<string, unknown>) =>
	refused(`${String(query.error_description)}, read more at: ${String(query.error_uri)}`);

/** This server as the browser reaches it: the provider page is one of its routes. */
const publicOrigin = (rt: MedusaV2Runtime, request: Request): string => {
	const url = new URL(request.url);
	if (!rt.trustProxy) return url.origin;
	const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || url.host;
	return `${isSecureRequest(request, true) ? "https" : "http"}://${host}`;
};

/** POST (or GET) /auth/{actor}/{provider}: a new state, and where to send the person (§1). */
export const startLogin = (rt: MedusaV2Runtime, configured: ConfiguredProvider, actorType: string, request: Request, body: unknown): Response => {
	const now = rt.clock.now();
	const query = expressQuery(request);
	if (query.error) throw providerError(query);
	// Only the body overrides the callback, and only null or absent fall back; "" and 42 are kept as strings (observed 35).
	const override = fieldsOf(body).callback_url;
	const callbackUrl = override === undefined || override === null ? configured.callbackUrl : String(override);
	const state = rt.state.slice.thirdParty.states.open(
		{ provider: configured.provider.id, actorType, callbackUrl },
		rt.policy.thirdParty.state,
		now,
	);
	const page = `${publicOrigin(rt, request)}/__provider/${configured.provider.id}/authorize`;
	return jsonResponse(200, { location: authorizeUrl(page, configured.provider, configured.clientId, callbackUrl, state) });
};

/**
 * GET/POST /auth/{actor}/{provider}/callback (§2): the checks in upstream's order, `error`, then
 * `code` (query or body), then `state` (query only, used up when read), then the code's exchange.
 * Returns the identity the provider vouched for, made on its first login.
 */
export const finishLogin = (rt: MedusaV2Runtime, configured: ConfiguredProvider, actorType: string, request: Request, body: unknown): AuthIdentity => {
	const now = rt.clock.now();
	const { thirdParty } = rt.state.slice;
	const policy = rt.policy.thirdParty;
	const query = expressQuery(request);
	if (query.error) throw providerError(query);
	const code = query.code ?? fieldsOf(body).code;
	if (!code) throw refused("No code provided");
	const stateKey = query.state;
	const pending = typeof stateKey === "string" ? thirdParty.states.take(stateKey, policy.state, now) : undefined;
	const login = policy.checksState ? pending : { provider: configured.provider.id, actorType, callbackUrl: configured.callbackUrl };
	// Reference choice: a state answers only the provider and actor type that opened it; upstream's
	// cache key is the bare state, so google's state passes github's callback (observed 35, 13a/13b).
	const foreign = login !== undefined && policy.stateBoundToFlow && (login.provider !== configured.provider.id || login.actorType !== actorType);
	if (!login || foreign) throw refused("No state provided, or session expired");
	// The provider checks the code against the redirect_uri the client sends, which upstream takes from the state.
	const grant = thirdParty.codes.redeem(String(code), configured.clientId, login.callbackUrl, policy.code, now);
	if (!grant || grant.provider !== configured.provider.id) throw refused(configured.provider.exchangeRefusal);
	const refusal = configured.provider.refusal?.(grant.account);
	if (refusal) throw refused(refusal);
	return identityFor(rt, configured, grant.account, now);
};

/** The account's auth identity: made on its first login, its metadata rewritten by a provider that updates (§2). */
const identityFor = (rt: MedusaV2Runtime, { provider }: ConfiguredProvider, account: ProviderAccount, now: number): AuthIdentity => {
	const { store } = rt.state;
	const known = store.findIdentity(provider.id, account.id);
	if (known) {
		if (provider.updatesIdentity) {
			known.userMetadata = provider.userMetadata(account);
			known.providerMetadata = provider.providerMetadata?.(now);
		}
		return known;
	}
	const identity: AuthIdentity = {
		id: newId("authid", now),
		provider: provider.id,
		entityId: account.id,
		passwordHash: "",
		appMetadata: {},
		userMetadata: provider.userMetadata(account),
		providerMetadata: provider.providerMetadata?.(now),
	};
	store.addIdentity(identity);
	return identity;
};
