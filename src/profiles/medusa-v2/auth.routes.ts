// Register and log in with emailpass: POST /auth/{actor}/{provider}[/register] (seed 002, "Register
// Route" and "Auth Route"; observed 01–04h, 09a, 09c, 21, 22). Any actor type is accepted, one identity
// serves every actor type, and login answers GET as well as POST (upstream's route exports both; a
// GET has no body, observed 21). Only emailpass is configured, as in a new Medusa project.
import { Elysia } from "elysia";
import { EMAILPASS, readCredentials } from "../../core/emailpass.ts";
import { medusaV2Error } from "./errors.ts";
import type { AuthIdentity } from "../../core/store.ts";
import { jsonResponse } from "../../http/respond.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { claimsFor, type MfaClaims } from "./claims.ts";

/**
 * validateScopeProviderAssociation: `authMethodsPerActor` defaults to `{user: ["emailpass"]}`, so a
 * user may use emailpass only, checked before anything else on every auth route; other actor types
 * have no list (observed 22).
 */
export const requireProviderAllowed = (actor: string, provider: string): void => {
	if (actor === "user" && provider !== EMAILPASS)
		throw medusaV2Error("ERR_NOT_ALLOWED", `The actor type user is not allowed to use the auth provider ${provider}`);
};

/** A provider that is not configured: the auth module's container lookup fails (observed 21, 22; the message starts with a newline). */
const requireEmailpass = (provider: string): void => {
	if (provider !== EMAILPASS)
		throw medusaV2Error(
			"ERR_UNKNOWN_PROVIDER",
			`\nUnable to retrieve the auth provider with id: ${provider}\nPlease make sure that the provider is registered in the container and it is configured correctly in your project configuration file.`,
		);
};

export const tokenResponse = async (rt: MedusaV2Runtime, identity: AuthIdentity, actorType: string, now: number, mfa?: MfaClaims): Promise<Response> =>
	jsonResponse(200, { token: await rt.signer.sign(claimsFor(identity, actorType, mfa), { now, ttlSeconds: rt.policy.tokenTtlSeconds }) });

/** GET /auth/{actor}/providers lists the configured providers (observed 22). */
const PROVIDERS = [{ id: EMAILPASS, identifier: EMAILPASS, display_name: "Email/Password Authentication", flow: "credentials" }];

export const authRoutes = (rt: MedusaV2Runtime) => {
	const login = async ({ params, body }: { params: { actor: string; provider: string }; body: unknown }): Promise<Response> => {
		const now = rt.clock.now();
		requireProviderAllowed(params.actor, params.provider);
		requireEmailpass(params.provider);
		const identity = await rt.state.emailpass.authenticate(readCredentials(body));
		return tokenResponse(rt, identity, params.actor, now);
	};
	const callback = ({ params }: { params: { actor: string; provider: string } }): never => {
		requireProviderAllowed(params.actor, params.provider);
		requireEmailpass(params.provider);
		throw medusaV2Error("ERR_UNKNOWN_PROVIDER", `Callback authentication not implemented for provider ${params.provider}`);
	};
	return new Elysia({ name: "medusa-v2/auth" })
		.get("/auth/:actor/providers", () => jsonResponse(200, { providers: PROVIDERS }))
		.post("/auth/:actor/:provider/register", async ({ params, body }) => {
			const now = rt.clock.now();
			requireProviderAllowed(params.actor, params.provider);
			requireEmailpass(params.provider);
			const identity = await rt.state.emailpass.register(readCredentials(body), now);
			return tokenResponse(rt, identity, params.actor, now);
		})
		.get("/auth/:actor/:provider/callback", callback)
		.post("/auth/:actor/:provider/callback", callback)
		.get("/auth/:actor/:provider", login)
		.post("/auth/:actor/:provider", login);
};
