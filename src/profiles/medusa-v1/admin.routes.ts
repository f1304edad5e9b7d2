// The v1 admin auth routes (medusa-v1-observed.md facts 42–45): POST /admin/auth (cookie login),
// POST /admin/auth/token (a 24-hour JWT), GET /admin/auth (the current user) and DELETE /admin/auth
// (log out; 401 without credentials, unlike the store's).
import { Elysia } from "elysia";
import type { User } from "../../core/store.ts";
import { jsonResponse, textResponse } from "../../http/respond.ts";
import { requireAdmin } from "./admin-auth.ts";
import { medusaV1Error } from "./errors.ts";
import { closeSessionLogin, normalEmail, openSession } from "./login.ts";
import type { MedusaV1Runtime } from "./runtime.ts";
import { ADMIN_LOGIN, validateBody } from "./validate.ts";
import { userView } from "./views.ts";

/** Every fixture user has upstream's default role (the recorded user's, fact 42): the fixtures name none. */
const ROLE = "member";

/** The admin user with these credentials, or the login 401 (customers' credentials included, fact 42). */
const checkAdminPassword = async (rt: MedusaV1Runtime, body: unknown): Promise<User> => {
	const { email, password } = validateBody(ADMIN_LOGIN, body);
	const identity = await rt.state.emailpass.authenticate({ email: normalEmail(rt, email as string), password: password as string });
	const user = rt.state.store.getUser(identity.appMetadata.user_id ?? "");
	if (!user) throw medusaV1Error("ERR_INVALID_CREDENTIALS");
	return user;
};

export const adminRoutes = (rt: MedusaV1Runtime) =>
	new Elysia({ name: "medusa-v1/admin" })
		.post("/admin/auth", async ({ body, request }) => {
			const now = rt.clock.now();
			const user = await checkAdminPassword(rt, body);
			const cookie = await openSession(rt, request, { user_id: user.id }, now);
			return jsonResponse(200, { user: userView(user, ROLE) }, { "set-cookie": cookie });
		})
		// `{access_token}`: HS256 `{user_id, domain:"admin"}` then iat and exp, 24 hours (fact 43).
		.post("/admin/auth/token", async ({ body }) => {
			const now = rt.clock.now();
			const user = await checkAdminPassword(rt, body);
			const claims = { user_id: user.id, domain: "admin" };
			return jsonResponse(200, { access_token: await rt.signer.sign(claims, { now, ttlSeconds: rt.policy.adminTokenTtlSeconds }) });
		})
		.get("/admin/auth", async ({ request }) => {
			const user = await requireAdmin(rt, request, rt.clock.now());
			return user instanceof Response ? user : jsonResponse(200, { user: userView(user, ROLE) });
		})
		// With a bearer only, 200 and the bearer keeps working (fact 45).
		.delete("/admin/auth", async ({ request }) => {
			const now = rt.clock.now();
			const user = await requireAdmin(rt, request, now);
			if (user instanceof Response) return user;
			const cookie = await closeSessionLogin(rt, request, "user_id", now);
			const answer = textResponse(200, "OK");
			if (cookie !== undefined) answer.headers.set("set-cookie", cookie);
			return answer;
		});
