// Seed 003's change-password, forgot-password and reset-password. Their answers are not documented
// (FACTS.md §D): 200 `{"message":…}` each (reference choice). A change or a reset revokes every
// refresh token of the account; access tokens, stateless as JwtBearer's are, live out their hour.
import { Elysia } from "elysia";
import { EMAILPASS } from "../../core/emailpass.ts";
import { coreError } from "../../core/errors.ts";
import type { Customer } from "../../core/store.ts";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import { accountByEmail, identityOf, normalEmail } from "./accounts.ts";
import { BEARER, BODY_REFUSALS, bodyOf, bodyRefusalsOrMessage400, MESSAGE, RATE_LIMITED, UNAUTHORIZED } from "./api-schemas.ts";
import { authenticate } from "./authenticate.ts";
import { quarkError } from "./errors.ts";
import { isAllowedResetBase } from "./origins.ts";
import { readBody } from "./request-body.ts";
import { changePasswordRequest, FORGOT_PASSWORD_REQUEST, resetPasswordRequest } from "./requests.ts";
import type { QuarkRuntime } from "./runtime.ts";

/** The actor type core's reset tokens carry: every quark account is one of the store's customers. */
const ACTOR = "customer";

/** The event the reset mail is made of, whose `data.token` tests and the kit read (CONTROL.md). */
export const RESET_EVENT = "auth.password_reset";

/** Seed 003: "a link to {resetBaseUrl}?token={token}" (`&token=` when the base has a query already). */
const resetLink = (resetBaseUrl: string, token: string): string =>
	`${resetBaseUrl}${resetBaseUrl.includes("?") ? "&" : "?"}token=${encodeURIComponent(token)}`;

const setPassword = async (rt: QuarkRuntime, customer: Customer, password: string, now: number): Promise<void> => {
	const identity = identityOf(rt, customer);
	// Every active account has its identity (accounts.ts): a missing one is a bug here.
	if (!identity) throw new Error(`account ${customer.id} has no identity`);
	await rt.state.emailpass.setPassword(identity, password);
	customer.updatedAt = now;
	if (rt.policy.passwordChangeRevokes) rt.state.slice.refreshTokens.revokeAccount(customer.id);
};

export const passwordRoutes = (rt: QuarkRuntime) =>
	new Elysia({ name: "quark/password" })
		// Any signed-in account (no role needed); a wrong current password is a 400, as Identity's
		// ChangePasswordAsync failure is turned into one.
		.post("/api/auth/change-password", async ({ body, request }) => {
			const now = rt.clock.now();
			const { customer } = await authenticate(rt, request, now);
			const fields = readBody(request, body, changePasswordRequest(rt.policy.passwordMinLength));
			await rt.state.emailpass
				.authenticate({ email: normalEmail(customer.email), password: fields.currentPassword as string })
				.catch((): never => {
					throw quarkError("ERR_CURRENT_PASSWORD_WRONG");
				});
			await setPassword(rt, customer, fields.newPassword as string, now);
			return jsonResponse(200, { message: "Password changed successfully." });
		}, operation({
			summary: "Change the caller's password",
			description: "Seed 003, for any signed-in account (no role needed). Revokes every refresh token of the account; access tokens live out their hour.",
			tags: ["auth"],
			security: BEARER,
			body: bodyOf(changePasswordRequest(rt.policy.passwordMinLength)),
			answers: {
				200: { description: '`{"message":"Password changed successfully."}`.', schema: MESSAGE },
				...UNAUTHORIZED,
				...bodyRefusalsOrMessage400(
					'a wrong current password, `{"message":"Current password is incorrect."}`, as Identity\'s ChangePasswordAsync failure becomes a 400.',
				),
				...RATE_LIMITED,
			},
		}))
		// The same answer and the same work (a reset token is signed) for every e-mail and every base;
		// the token is kept, and mailed, only for an account and an allowed base (origins.ts).
		.post("/api/auth/forgot-password", async ({ body, request }) => {
			const now = rt.clock.now();
			const fields = readBody(request, body, FORGOT_PASSWORD_REQUEST);
			const email = fields.email as string;
			const resetBaseUrl = fields.resetBaseUrl as string;
			const account = accountByEmail(rt, email);
			const allowed = !rt.policy.forgotPassword.allowListedBasesOnly || isAllowedResetBase(rt.cors, resetBaseUrl);
			const target = { entityId: normalEmail(email), provider: EMAILPASS, actorType: ACTOR };
			const token = await rt.state.resetTokens.request(target, account !== undefined && allowed, now);
			if (!account && !rt.policy.forgotPassword.sameAnswerForUnknown) throw quarkError("ERR_NOT_FOUND", "User not found.");
			if (account && token !== undefined) {
				const { customer } = account;
				const link = resetLink(resetBaseUrl, token);
				rt.state.outbox.push({ kind: "event", name: RESET_EVENT, at: now, data: { userId: customer.id, email: customer.email, token, resetUrl: link } });
				rt.state.outbox.push({
					kind: "mail",
					event: RESET_EVENT,
					at: now,
					to: customer.email,
					subject: "Reset your password",
					link,
					text: `Someone asked to reset the password of ${customer.email}. To choose a new one, open ${link} within ${Math.round(rt.policy.resetTokens.ttlSeconds / 60)} minutes. If it was not you, ignore this mail.`,
				});
			}
			return jsonResponse(200, { message: "If the email exists, a password reset link has been sent." });
		}, operation({
			summary: "Ask for a password reset link",
			description:
				"Seed 003: the same answer and the same work for every e-mail and every base. A link `{resetBaseUrl}?token={token}` (one hour, single use) " +
				"is mailed only to an account's e-mail, and only for a base whose origin QUARK_RESET_ORIGINS allows.",
			tags: ["auth"],
			body: bodyOf(FORGOT_PASSWORD_REQUEST),
			answers: {
				200: { description: '`{"message":"If the email exists, a password reset link has been sent."}`, always.', schema: MESSAGE },
				...BODY_REFUSALS,
				...RATE_LIMITED,
			},
		}))
		// The new password is validated before the token is spent, so a too-short one costs no token.
		.post("/api/auth/reset-password", async ({ body, request }) => {
			const now = rt.clock.now();
			const fields = readBody(request, body, resetPasswordRequest(rt.policy.passwordMinLength));
			const { entityId } = await rt.state.resetTokens.consume(fields.token as string, ACTOR, now);
			const account = accountByEmail(rt, entityId);
			if (!account) throw coreError("ERR_RESET_TOKEN_INVALID");
			await setPassword(rt, account.customer, fields.newPassword as string, now);
			return jsonResponse(200, { message: "Password has been reset successfully." });
		}, operation({
			summary: "Set a new password with a reset token",
			description: "Seed 003. The new password is validated before the token is spent; a reset revokes every refresh token of the account.",
			tags: ["auth"],
			body: bodyOf(resetPasswordRequest(rt.policy.passwordMinLength)),
			answers: {
				200: { description: '`{"message":"Password has been reset successfully."}`.', schema: MESSAGE },
				...bodyRefusalsOrMessage400('a bad, used, expired or replaced token (one hour, single use), `{"message":"Invalid or expired reset token."}`.'),
				...RATE_LIMITED,
			},
		}));
