// The v1 Store API's "Authentication" routes (seed 001; medusa-v1-observed.md facts 13–27):
// POST /store/auth/token (JWT login), POST /store/auth (cookie login), DELETE /store/auth (log out)
// and GET /store/auth/{email} (whether an account exists); GET /store/auth is in
// current-customer.routes.ts.
import { Elysia } from "elysia";
import { jsonResponse, textResponse } from "../../http/respond.ts";
import { checkCustomerPassword, closeSessionLogin, normalEmail, openSession } from "./login.ts";
import type { MedusaV1Runtime } from "./runtime.ts";
import { pathParameter, STORE_LOGIN, validateBody } from "./validate.ts";
import { sessionCustomerView } from "./views.ts";

const credentials = (body: unknown): { email: string; password: unknown } => {
	const { email, password } = validateBody(STORE_LOGIN, body);
	return { email: email as string, password };
};

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
		})
		.post("/store/auth", async ({ body, request }) => {
			const now = rt.clock.now();
			const { email, password } = credentials(body);
			const customer = await checkCustomerPassword(rt, email, password);
			const cookie = await openSession(rt, request, { customer_id: customer.id }, now);
			return jsonResponse(200, { customer: sessionCustomerView(customer) }, { "set-cookie": cookie });
		})
		// 200 `OK` with or without a session; a bearer token is left working (fact 25).
		.delete("/store/auth", async ({ request }) => {
			const cookie = await closeSessionLogin(rt, request, "customer_id", rt.clock.now());
			const answer = textResponse(200, "OK");
			if (cookie !== undefined) answer.headers.set("set-cookie", cookie);
			return answer;
		})
		// No credentials and no key needed; anything that is not an account's e-mail is `false` (fact 27).
		.get("/store/auth/:email", ({ params }) => {
			const email = pathParameter(params.email, "e-mail");
			return jsonResponse(200, { exists: rt.state.store.findCustomerAccount(normalEmail(rt, email)) !== undefined });
		});
