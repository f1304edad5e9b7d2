// Seed 003's register and login, and the refresh flow it implies (FACTS.md §D: the error-handling
// sample refreshes on 401) at a path of the reference's choosing: POST /api/auth/refresh
// `{refreshToken}` (README). The password routes are in password.routes.ts.
import { Elysia } from "elysia";
import { coreError } from "../../core/errors.ts";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import { activeAccount, newAccountData, normalEmail } from "./accounts.ts";
import { BODY_REFUSALS, bodyOf, MESSAGE, message, RATE_LIMITED, TOKENS } from "./api-schemas.ts";
import { quarkError } from "./errors.ts";
import { readBody } from "./request-body.ts";
import { loginRequest, REFRESH_REQUEST, registerRequest } from "./requests.ts";
import type { QuarkRuntime } from "./runtime.ts";
import { tokensAnswer } from "./tokens-answer.ts";

/** The burst policy counts every /api/auth request (rate-limits.ts). */
const AUTH_REFUSALS = { ...BODY_REFUSALS, ...RATE_LIMITED };

export const authRoutes = (rt: QuarkRuntime) =>
	new Elysia({ name: "quark/auth" })
		// 200 `{"message":"Registration successful"}`, no token and no login (FACTS.md §D); 409 for an
		// e-mail that has an account, in any letter case. Every account registered is a Customer.
		.post("/api/auth/register", async ({ body, request }) => {
			const now = rt.clock.now();
			const fields = readBody(request, body, registerRequest(rt.policy.passwordMinLength));
			const email = fields.email as string;
			const { store, emailpass, slice } = rt.state;
			const identity = await emailpass.register({ email: normalEmail(email), password: fields.password as string }, now);
			const id = crypto.randomUUID();
			store.addCustomer({
				id,
				email,
				companyName: null,
				firstName: fields.firstName as string,
				lastName: fields.lastName as string,
				phone: null,
				hasAccount: true,
				metadata: null,
				addresses: [],
				createdAt: now,
				updatedAt: now,
			});
			identity.appMetadata.customer_id = id;
			slice.accounts.set(id, newAccountData());
			return jsonResponse(200, { message: "Registration successful" });
		}, operation({
			summary: "Register a Customer account",
			description: "Seed 003: no token and no login. The e-mail is looked up in any letter case (README, Accounts and logins).",
			tags: ["auth"],
			body: bodyOf(registerRequest(rt.policy.passwordMinLength)),
			answers: {
				200: { description: '`{"message":"Registration successful"}` (seed 003).', schema: MESSAGE },
				409: message('An account has the e-mail, in any letter case (FACTS.md §D): `{"message":"A user with this email already exists."}`.'),
				...AUTH_REFUSALS,
			},
		}))
		// A wrong password and an unknown e-mail get the same 401 after the same argon2 work.
		.post("/api/auth/login", async ({ body, request }) => {
			const now = rt.clock.now();
			const fields = readBody(request, body, loginRequest(rt.policy.passwordMinLength));
			const identity = await rt.state.emailpass.authenticate({ email: normalEmail(fields.email as string), password: fields.password as string });
			const account = activeAccount(rt, identity.appMetadata.customer_id);
			if (!account) throw coreError("ERR_INVALID_CREDENTIALS");
			const refreshToken = await rt.state.slice.refreshTokens.issue(account.customer.id, now, rt.policy.sessionTtlSeconds);
			return jsonResponse(200, await tokensAnswer(rt, account, refreshToken, now));
		}, operation({
			summary: "Log in with e-mail and password",
			description:
				"Seed 003's answer: an access token, a refresh token starting a new family, and the user. " +
				"The password must meet registration's rule (a shorter one is the 400, FACTS.md §D's example).",
			tags: ["auth"],
			body: bodyOf(loginRequest(rt.policy.passwordMinLength)),
			answers: {
				200: { description: "The tokens and the user (seed 003).", schema: TOKENS },
				401: message('A wrong password or an unknown e-mail, alike (contracts README): `{"message":"Invalid email or password."}`.'),
				...AUTH_REFUSALS,
			},
		}))
		// Rotating, with reuse detection (refresh-tokens.ts); the login's answer, with the family's next token.
		.post("/api/auth/refresh", async ({ body, request }) => {
			const now = rt.clock.now();
			const fields = readBody(request, body, REFRESH_REQUEST);
			const rules = { ttlSeconds: rt.policy.sessionTtlSeconds, ...rt.policy.refreshTokens };
			const { accountId, token } = await rt.state.slice.refreshTokens.refresh(fields.refreshToken as string, now, rules);
			const account = activeAccount(rt, accountId);
			if (!account) throw quarkError("ERR_REFRESH_TOKEN_INVALID");
			return jsonResponse(200, await tokensAnswer(rt, account, token, now));
		}, operation({
			summary: "Trade a refresh token for new tokens",
			description: "Reference choice (path, body, answer): rotating, with reuse detection; a spent token revokes its whole family (RFC 9700 §4.14.2).",
			tags: ["auth"],
			body: bodyOf(REFRESH_REQUEST),
			answers: {
				200: { description: "The login's answer, with the family's next refresh token.", schema: TOKENS },
				401: message('A token unknown, spent, expired or revoked: `{"message":"Invalid or expired refresh token."}`.'),
				...AUTH_REFUSALS,
			},
		}));
