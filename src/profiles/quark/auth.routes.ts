// Seed 003's register and login, and the refresh flow it implies (FACTS.md §D: the error-handling
// sample refreshes on 401) at a path of the reference's choosing: POST /api/auth/refresh
// `{refreshToken}` (README). The password routes are in password.routes.ts.
import { Elysia } from "elysia";
import { coreError } from "../../core/errors.ts";
import { jsonResponse } from "../../http/respond.ts";
import { activeAccount, newAccountData, normalEmail } from "./accounts.ts";
import { quarkError } from "./errors.ts";
import { readBody } from "./request-body.ts";
import { loginRequest, REFRESH_REQUEST, registerRequest } from "./requests.ts";
import type { QuarkRuntime } from "./runtime.ts";
import { tokensAnswer } from "./tokens-answer.ts";

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
		})
		// A wrong password and an unknown e-mail get the same 401 after the same argon2 work.
		.post("/api/auth/login", async ({ body, request }) => {
			const now = rt.clock.now();
			const fields = readBody(request, body, loginRequest(rt.policy.passwordMinLength));
			const identity = await rt.state.emailpass.authenticate({ email: normalEmail(fields.email as string), password: fields.password as string });
			const account = activeAccount(rt, identity.appMetadata.customer_id);
			if (!account) throw coreError("ERR_INVALID_CREDENTIALS");
			const refreshToken = await rt.state.slice.refreshTokens.issue(account.customer.id, now, rt.policy.sessionTtlSeconds);
			return jsonResponse(200, await tokensAnswer(rt, account, refreshToken, now));
		})
		// Rotating, with reuse detection (refresh-tokens.ts); the login's answer, with the family's next token.
		.post("/api/auth/refresh", async ({ body, request }) => {
			const now = rt.clock.now();
			const fields = readBody(request, body, REFRESH_REQUEST);
			const rules = { ttlSeconds: rt.policy.sessionTtlSeconds, ...rt.policy.refreshTokens };
			const { accountId, token } = await rt.state.slice.refreshTokens.refresh(fields.refreshToken as string, now, rules);
			const account = activeAccount(rt, accountId);
			if (!account) throw quarkError("ERR_REFRESH_TOKEN_INVALID");
			return jsonResponse(200, await tokensAnswer(rt, account, token, now));
		});
