// Password reset (seed 002, "Reset Password"; observed 08a–08f): reset-password always answers 201
// `Created` as text, whether or not the identifier exists, and emits `auth.password_reset` with the
// token only for a known one; update takes the token as a Bearer header, ignores the body's e-mail,
// and uses the token up even when the body is then refused.
import { Type } from "@sinclair/typebox";
import { Elysia } from "elysia";
import { decodeJwt } from "jose";
import { medusaV2Error } from "./errors.ts";
import { fieldsOf } from "../../core/body-fields.ts";
import type { ResetTarget } from "../../core/reset-tokens.ts";
import { bearerToken } from "../../http/credentials.ts";
import { jsonResponse, textResponse } from "../../http/respond.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { ResetPasswordBody, validateInput } from "./model.ts";
import { requireProviderAllowed } from "./auth.routes.ts";
import { operation } from "../../openapi/operation.ts";
import { BODY_REFUSALS, MedusaError, Success } from "./api-schemas.ts";

/** Where the mail's link points: the storefront for customers, the admin for users (reference choice). */
const resetLink = (actorType: string, token: string, email: string): string => {
	const base = actorType === "user" ? "http://localhost:9000/app/reset-password" : "http://localhost:8000/reset-password";
	return `${base}?token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`;
};

export const resetRoutes = (rt: MedusaV2Runtime) =>
	new Elysia({ name: "medusa-v2/reset" })
		.post("/auth/:actor/:provider/reset-password", async ({ params, body }) => {
			const now = rt.clock.now();
			requireProviderAllowed(params.actor, params.provider);
			const { identifier, metadata = {} } = validateInput(ResetPasswordBody, body);
			const target = { entityId: identifier, provider: params.provider, actorType: params.actor };
			const known = rt.state.store.findIdentity(params.provider, identifier) !== undefined;
			const token = await rt.state.resetTokens.request(target, known, now);
			// After the token is signed, as it is for every identifier, so that a 404 here breaks the answer
			// only, not the timing.
			if (!known && rt.policy.reset.notFoundForUnknown)
				throw medusaV2Error("ERR_NOT_FOUND", `Identity with email ${identifier} was not found`);
			const { mailerWaitMs, emitsEvent } = rt.policy.reset;
			if (token !== undefined && mailerWaitMs > 0) await new Promise((resolve) => setTimeout(resolve, mailerWaitMs));
			if (token !== undefined && emitsEvent) {
				const { outbox } = rt.state;
				outbox.push({
					kind: "event",
					name: "auth.password_reset",
					at: now,
					data: { entity_id: identifier, actor_type: params.actor, token, metadata },
				});
				const link = resetLink(params.actor, token, identifier);
				outbox.push({
					kind: "mail",
					event: "auth.password_reset",
					at: now,
					to: identifier,
					subject: "Reset your password",
					link,
					text: `Someone asked to reset the password of ${identifier}. To choose a new one, open ${link} within 15 minutes. If it was not you, ignore this mail.`,
				});
			}
			return textResponse(201, "Created");
		}, DESCRIBE_RESET)
		.post("/auth/:actor/:provider/update", async ({ params, body, request }) => {
			const now = rt.clock.now();
			requireProviderAllowed(params.actor, params.provider);
			const { email, password } = fieldsOf(body);
			const passwordOk = typeof password === "string" && password !== "";
			if (!passwordOk && rt.policy.update.validatesBeforeConsuming) throw medusaV2Error("ERR_UPDATE_REJECTED");
			const token = bearerToken(request.headers.get("authorization"));
			const target = await useResetToken(rt, token, params, email, now);
			const identity = rt.state.store.findIdentity(target.provider, target.entityId);
			if (!identity || target.provider !== params.provider) throw medusaV2Error("ERR_RESET_TOKEN_INVALID", "no such identity");
			if (!passwordOk) throw medusaV2Error("ERR_UPDATE_REJECTED");
			await rt.state.emailpass.setPassword(identity, password as string);
			return jsonResponse(200, { success: true });
		}, DESCRIBE_UPDATE);

// ---- the routes as the API document describes them (src/openapi/) ----

const REFUSED = { description: "A body the route does not take, or a provider this actor type may not use.", schema: MedusaError };

const DESCRIBE_RESET = operation({
	summary: "Ask for a password reset",
	description:
		"The same answer whether or not the identifier has an account: only a known one gets the `auth.password_reset` event and its mail, with a token valid 15 minutes (seed 002, \"Reset Password\"; observed 08a–08c).",
	tags: ["auth"],
	body: ResetPasswordBody,
	answers: { ...BODY_REFUSALS, 201: { description: "`Created`, for every identifier.", schema: Type.String(), contentType: "text/plain" }, 400: REFUSED },
});

const DESCRIBE_UPDATE = operation({
	summary: "Set a new password with a reset token",
	description:
		"The reset token is the Bearer token; the account is the token's, whatever the body's e-mail, and the token is used up even when the body is then refused (observed 08d–08f).",
	tags: ["auth"],
	security: [["bearer"]],
	body: Type.Object({ email: Type.Optional(Type.String()), password: Type.String() }),
	answers: {
		...BODY_REFUSALS,
		200: { description: "The password is changed.", schema: Success },
		400: REFUSED,
		401: { description: "The token is missing, invalid, expired or used, or the password is missing (`Invalid token`, `Unauthorized`).", schema: MedusaError },
	},
});

/** The actor type a token claims, read without checking it: only to decide which actor's token to spend. */
const claimedActorType = (token: string): unknown => {
	try {
		return decodeJwt(token).actor_type;
	} catch {
		return undefined;
	}
};

/**
 * Uses up the reset token and returns whose password it changes. Upstream consumes the token before
 * it reads the body (so a failed update still spends it, observed 08f) and takes the account from the
 * token alone (observed 08e); the policy's `update` values say exactly this step.
 */
const useResetToken = async (
	rt: MedusaV2Runtime,
	token: string | undefined,
	route: { actor: string; provider: string },
	bodyEmail: unknown,
	now: number,
): Promise<ResetTarget> => {
	const { resetTokens } = rt.state;
	const { update } = rt.policy;
	const claimedActor = token && update.consumesOtherActorsToken ? claimedActorType(token) : undefined;
	if (typeof claimedActor === "string" && claimedActor !== route.actor) {
		await resetTokens.consume(token, claimedActor, now).catch(() => undefined);
		throw medusaV2Error("ERR_RESET_TOKEN_INVALID", "issued for another actor type");
	}
	const fromBody = typeof bodyEmail === "string" ? { entityId: bodyEmail, provider: route.provider, actorType: route.actor } : undefined;
	const target = await resetTokens.consume(token, route.actor, now).catch((error: unknown) => {
		if (fromBody && update.account === "token-else-body") return fromBody;
		throw error;
	});
	return fromBody && update.account === "body-over-token" ? fromBody : target;
};
