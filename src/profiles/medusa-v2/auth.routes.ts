// Register and log in with emailpass: POST /auth/{actor}/{provider}[/register] (seed 002, "Register
// Route" and "Auth Route"; observed 01–04h, 09a, 09c). Any actor type is accepted, as upstream does
// without `authMethodsPerActor`; one identity serves every actor type.
import { Elysia } from "elysia";
import { EMAILPASS, readCredentials } from "../../core/emailpass.ts";
import { medusaV2Error } from "./errors.ts";
import type { AuthIdentity } from "../../core/store.ts";
import { jsonResponse } from "../../http/respond.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { claimsFor } from "./claims.ts";

export const requireEmailpass = (provider: string): void => {
	if (provider !== EMAILPASS)
		throw medusaV2Error("ERR_UNKNOWN_PROVIDER", `Could not find a auth provider with id: ${provider}`);
};

export const tokenResponse = async (rt: MedusaV2Runtime, identity: AuthIdentity, actorType: string, now: number): Promise<Response> =>
	jsonResponse(200, { token: await rt.signer.sign(claimsFor(identity, actorType), { now, ttlSeconds: rt.policy.tokenTtlSeconds }) });

export const authRoutes = (rt: MedusaV2Runtime) =>
	new Elysia({ name: "medusa-v2/auth" })
		.post("/auth/:actor/:provider/register", async ({ params, body }) => {
			const now = rt.clock.now();
			requireEmailpass(params.provider);
			const identity = await rt.state.emailpass.register(readCredentials(body), now);
			return tokenResponse(rt, identity, params.actor, now);
		})
		.post("/auth/:actor/:provider", async ({ params, body }) => {
			const now = rt.clock.now();
			requireEmailpass(params.provider);
			const identity = await rt.state.emailpass.authenticate(readCredentials(body));
			return tokenResponse(rt, identity, params.actor, now);
		});
