// Register and log in: POST /auth/{actor}/{provider}[/register] (seed 002, "Register Route" and
// "Auth Route"; observed 01–04h, 09a, 09c, 21, 22, 35). Any actor type is accepted, one identity
// serves every actor type, and login answers GET as well as POST (upstream's route exports both; a
// GET has no body, observed 21). emailpass is always configured, as in a new Medusa project; google
// and github are when the fixtures' `oauth_providers` configure them (third-party/).
import { Type } from "@sinclair/typebox";
import { Elysia } from "elysia";
import { EMAILPASS, readCredentials } from "../../core/emailpass.ts";
import { medusaV2Error } from "./errors.ts";
import type { AuthIdentity } from "../../core/store.ts";
import { jsonResponse } from "../../http/respond.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { operation } from "../../openapi/operation.ts";
import { closed } from "../../openapi/schemas.ts";
import { BODY_REFUSALS, Credentials, MedusaError, TokenAnswer } from "./api-schemas.ts";
import { claimsFor, type MfaClaims } from "./claims.ts";
import type { ConfiguredProvider } from "./third-party/login-state.ts";
import { finishLogin, startLogin } from "./third-party/redirect-login.ts";

/**
 * validateScopeProviderAssociation: `authMethodsPerActor` defaults to `{user: ["emailpass"]}`, so a
 * user may use emailpass only, checked before anything else on every auth route; other actor types
 * have no list (observed 22, 35).
 */
export const requireProviderAllowed = (actor: string, provider: string): void => {
	if (actor === "user" && provider !== EMAILPASS)
		throw medusaV2Error("ERR_NOT_ALLOWED", `The actor type user is not allowed to use the auth provider ${provider}`);
};

/** A provider that is not configured: the auth module's container lookup fails (observed 21, 22; the message starts with a newline). */
const unconfigured = (provider: string) =>
	medusaV2Error(
		"ERR_AUTH_PROVIDER",
		`\nUnable to retrieve the auth provider with id: ${provider}\nPlease make sure that the provider is registered in the container and it is configured correctly in your project configuration file.`,
	);

export const tokenResponse = async (rt: MedusaV2Runtime, identity: AuthIdentity, actorType: string, now: number, mfa?: MfaClaims): Promise<Response> =>
	jsonResponse(200, { token: await rt.signer.sign(claimsFor(identity, actorType, mfa), { now, ttlSeconds: rt.policy.tokenTtlSeconds }) });

const EMAILPASS_ENTRY = { id: EMAILPASS, identifier: EMAILPASS, display_name: "Email/Password Authentication", flow: "credentials" };

/**
 * GET /auth/{actor}/providers: the providers the actor may use, the last configured first (observed
 * 35: github, google, emailpass for a config listing emailpass, google, github; a user sees emailpass only).
 */
const providersFor = (rt: MedusaV2Runtime, actor: string) => {
	const redirect = [...rt.state.slice.thirdParty.configured.values()].map(({ provider }) => ({
		id: provider.id,
		identifier: provider.id,
		display_name: provider.displayName,
		flow: "redirect",
	}));
	return [EMAILPASS_ENTRY, ...redirect].filter((entry) => actor !== "user" || entry.id === EMAILPASS).reverse();
};

type AuthRoute = { params: { actor: string; provider: string }; body: unknown; request: Request };

export const authRoutes = (rt: MedusaV2Runtime) => {
	/** The redirect provider the route names, once the actor may use it; undefined for emailpass. */
	const redirectProvider = ({ actor, provider }: AuthRoute["params"]): ConfiguredProvider | undefined => {
		requireProviderAllowed(actor, provider);
		if (provider === EMAILPASS) return undefined;
		const configured = rt.state.slice.thirdParty.configured.get(provider);
		if (!configured) throw unconfigured(provider);
		return configured;
	};
	const login = async ({ params, body, request }: AuthRoute): Promise<Response> => {
		const now = rt.clock.now();
		const redirect = redirectProvider(params);
		if (redirect) return startLogin(rt, redirect, params.actor, request, body);
		const identity = await rt.state.emailpass.authenticate(readCredentials(body));
		return tokenResponse(rt, identity, params.actor, now);
	};
	const callback = async ({ params, body, request }: AuthRoute): Promise<Response> => {
		const redirect = redirectProvider(params);
		// emailpass has no callback: upstream's base provider answers this message (observed 22).
		if (!redirect) throw medusaV2Error("ERR_AUTH_PROVIDER", `Callback authentication not implemented for provider ${params.provider}`);
		return tokenResponse(rt, finishLogin(rt, redirect, params.actor, request, body), params.actor, rt.clock.now());
	};
	return new Elysia({ name: "medusa-v2/auth" })
		.get("/auth/:actor/providers", ({ params }) => jsonResponse(200, { providers: providersFor(rt, params.actor) }), DESCRIBE_PROVIDERS)
		.post("/auth/:actor/:provider/register", async ({ params, body }) => {
			const now = rt.clock.now();
			const redirect = redirectProvider(params);
			// Google and GitHub make accounts at the callback; their register() refuses (§3, observed 35).
			if (redirect) throw medusaV2Error("ERR_AUTH_PROVIDER", redirect.provider.registrationRefusal);
			const identity = await rt.state.emailpass.register(readCredentials(body), now);
			return tokenResponse(rt, identity, params.actor, now);
		}, DESCRIBE_REGISTER)
		.get("/auth/:actor/:provider/callback", callback, DESCRIBE_CALLBACK)
		.post("/auth/:actor/:provider/callback", callback, DESCRIBE_CALLBACK)
		.get("/auth/:actor/:provider", login, DESCRIBE_LOGIN)
		.post("/auth/:actor/:provider", login, DESCRIBE_LOGIN);
};

// ---- the routes as the API document describes them (src/openapi/) ----

const Provider = closed({ id: Type.String(), identifier: Type.String(), display_name: Type.String(), flow: Type.Union([Type.Literal("credentials"), Type.Literal("redirect")]) });

/** A user naming a provider other than emailpass (requireProviderAllowed), or a body refused. */
const REFUSED = { description: "A body the route does not take, or a provider this actor type may not use (`type: not_allowed`).", schema: MedusaError };
const PROVIDER_FAILED = {
	description: "Wrong credentials, an existing identity, a provider not configured, or a provider's own refusal (`type: unauthorized`).",
	schema: MedusaError,
};
const TOKEN = { description: "The session token, a JWT of the identity's claims (claims.ts).", schema: TokenAnswer };

const DESCRIBE_PROVIDERS = operation({
	summary: "The auth providers an actor type may use",
	description: "The last configured first; a user sees emailpass only (observed 35).",
	tags: ["auth"],
	answers: { 200: { description: "The providers.", schema: closed({ providers: Type.Array(Provider) }) } },
});

const DESCRIBE_REGISTER = operation({
	summary: "Register an identity with emailpass",
	description:
		"Answers a registration token (actor_id \"\") to create the actor with (POST /store/customers). Redirect providers create accounts at the callback and refuse here (seed 002, \"Register Route\"; observed 01, 35).",
	tags: ["auth"],
	body: Credentials,
	answers: { ...BODY_REFUSALS, 200: TOKEN, 400: REFUSED, 401: PROVIDER_FAILED },
});

const DESCRIBE_CALLBACK = operation({
	summary: "Finish a redirect provider's login",
	description: "With the `code` and `state` the provider's page sent the browser back with; emailpass has no callback (observed 22).",
	tags: ["auth"],
	answers: { 200: TOKEN, 400: REFUSED, 401: PROVIDER_FAILED },
});

const DESCRIBE_LOGIN = operation({
	summary: "Log in",
	description:
		"emailpass answers a token for the e-mail and password; a redirect provider (google, github with `oauth_providers` fixtures) answers the `location` of its sign-in page (seed 002, \"Auth Route\"; observed 02, 04b–04g, 21, 35).",
	tags: ["auth"],
	body: Credentials,
	answers: {
		...BODY_REFUSALS,
		200: { description: "A token (emailpass), or where to send the browser (a redirect provider).", schema: Type.Union([TokenAnswer, closed({ location: Type.String() })]) },
		400: REFUSED,
		401: PROVIDER_FAILED,
	},
});
