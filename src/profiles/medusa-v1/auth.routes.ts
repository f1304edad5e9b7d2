// The v1 Store API's "Authentication" routes (seed 001; medusa-v1-observed.md facts 13–27):
// POST /store/auth/token (JWT login), POST /store/auth (cookie login), DELETE /store/auth (log out)
// and GET /store/auth/{email} (whether an account exists); GET /store/auth is in
// current-customer.routes.ts.
import { Elysia } from "elysia";
import { jsonResponse, textResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import {
	ACCESS_TOKEN_BODY,
	BODY_REFUSALS,
	EXISTS_BODY,
	INVALID_DATA,
	LOGIN_BODY,
	LOGIN_UNAUTHORIZED,
	LOGOUT_COOKIE,
	OK_TEXT,
	OPTIONAL_SESSION,
	PARSE_REFUSALS,
	SESSION_COOKIE,
	SESSION_CUSTOMER_BODY,
} from "./api-schemas.ts";
import { checkCustomerPassword, closeSessionLogin, normalEmail, openSession } from "./login.ts";
import type { MedusaV1Runtime } from "./runtime.ts";
import { pathParameter, STORE_LOGIN, validateBody } from "./validate.ts";
import { sessionCustomerView } from "./views.ts";

const credentials = (body: unknown): { email: string; password: unknown } => {
	const { email, password } = validateBody(STORE_LOGIN, body);
	return { email: email as string, password };
};

const DESCRIBE_TOKEN_LOGIN = operation({
	summary: "Log a customer in for a store JWT",
	description: "Seed 001; fact 13: HS256 `{customer_id, domain: \"store\", iat, exp}`, 30 days. Unlike upstream, no anonymous session cookie (N4).",
	tags: ["auth"],
	body: LOGIN_BODY,
	answers: { 200: { description: "The store JWT.", schema: ACCESS_TOKEN_BODY }, ...BODY_REFUSALS, ...LOGIN_UNAUTHORIZED },
});

const DESCRIBE_SESSION_LOGIN = operation({
	summary: "Log a customer in with a session cookie",
	description: "Seed 001; fact 18: the customer with its orders and shipping addresses, and connect.sid under a new session id (N3).",
	tags: ["auth"],
	body: LOGIN_BODY,
	answers: {
		200: { description: "The customer; the session is logged in as it.", schema: SESSION_CUSTOMER_BODY, headers: SESSION_COOKIE },
		...BODY_REFUSALS,
		...LOGIN_UNAUTHORIZED,
	},
});

const DESCRIBE_LOGOUT = operation({
	summary: "Log the customer out of the session",
	description: "Fact 25: 200 `OK` with or without a session, and a bearer token is left working. The session ends server-side (N15).",
	tags: ["auth"],
	security: OPTIONAL_SESSION,
	answers: { 200: { description: "text/plain `OK`.", contentType: "text/plain", schema: OK_TEXT, headers: LOGOUT_COOKIE }, ...PARSE_REFUSALS },
});

const DESCRIBE_EXISTS = operation({
	summary: "Whether an e-mail has a customer account",
	description: "Seed 001; fact 27: for anyone, the e-mail raw or percent-encoded, compared lower-cased; `false` for anything else.",
	tags: ["auth"],
	answers: {
		200: { description: "Whether the e-mail has an account.", schema: EXISTS_BODY },
		400: { description: "The e-mail in the path is not valid percent-encoding (upstream: 500).", schema: INVALID_DATA },
	},
});

export const authRoutes = (rt: MedusaV1Runtime) =>
	new Elysia({ name: "medusa-v1/auth" })
		// `{access_token}`: HS256 `{customer_id, domain:"store"}` then iat and exp, 30 days (fact 13).
		// Upstream also sets an anonymous session cookie here; the reference sets none (N4).
		.post("/store/auth/token", async ({ body }) => {
			const now = rt.clock.now();
			const { email, password } = credentials(body);
			const customer = await checkCustomerPassword(rt, email, password);
			const claims = { customer_id: customer.id, domain: "store" };
			return jsonResponse(200, { access_token: await rt.signer.sign(claims, { now, ttlSeconds: rt.policy.tokenTtlSeconds }) });
		}, DESCRIBE_TOKEN_LOGIN)
		.post("/store/auth", async ({ body, request }) => {
			const now = rt.clock.now();
			const { email, password } = credentials(body);
			const customer = await checkCustomerPassword(rt, email, password);
			const cookie = await openSession(rt, request, { customer_id: customer.id }, now);
			return jsonResponse(200, { customer: sessionCustomerView(customer) }, { "set-cookie": cookie });
		}, DESCRIBE_SESSION_LOGIN)
		// 200 `OK` with or without a session; a bearer token is left working (fact 25).
		.delete("/store/auth", async ({ request }) => {
			const cookie = await closeSessionLogin(rt, request, "customer_id", rt.clock.now());
			const answer = textResponse(200, "OK");
			if (cookie !== undefined) answer.headers.set("set-cookie", cookie);
			return answer;
		}, DESCRIBE_LOGOUT)
		// No credentials and no key needed; anything that is not an account's e-mail is `false` (fact 27).
		.get("/store/auth/:email", ({ params }) => {
			const email = pathParameter(params.email, "e-mail");
			return jsonResponse(200, { exists: rt.state.store.findCustomerAccount(normalEmail(rt, email)) !== undefined });
		}, DESCRIBE_EXISTS);
