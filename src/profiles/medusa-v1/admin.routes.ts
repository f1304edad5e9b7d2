// The v1 admin auth routes (medusa-v1-observed.md facts 42–45): POST /admin/auth (cookie login),
// POST /admin/auth/token (a 24-hour JWT), GET /admin/auth (the current user) and DELETE /admin/auth
// (log out; 401 without credentials, unlike the store's).
import { Elysia } from "elysia";
import type { User } from "../../core/store.ts";
import { jsonResponse, textResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import {
	ACCESS_TOKEN_BODY,
	ADMIN_CALLER,
	ADMIN_OF_NO_USER,
	BODY_REFUSALS,
	LOGIN_BODY,
	LOGIN_UNAUTHORIZED,
	LOGOUT_COOKIE,
	MIDDLEWARE_UNAUTHORIZED,
	OK_TEXT,
	orAdminOfNoUser,
	PARSE_REFUSALS,
	SESSION_COOKIE,
	USER_BODY,
} from "./api-schemas.ts";
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

const DESCRIBE_SESSION_LOGIN = operation({
	summary: "Log an admin user in with a session cookie",
	description:
		"Fact 42: the user, and connect.sid under a new session id (N3); a customer's login in the same session goes on (fact 26). " +
		"A customer's credentials get the 401.",
	tags: ["admin"],
	body: LOGIN_BODY,
	answers: {
		200: { description: "The user; the session is logged in as it.", schema: USER_BODY, headers: SESSION_COOKIE },
		...BODY_REFUSALS,
		...LOGIN_UNAUTHORIZED,
	},
});

const DESCRIBE_TOKEN_LOGIN = operation({
	summary: "Log an admin user in for an admin JWT",
	description: "Fact 43: HS256 `{user_id, domain: \"admin\", iat, exp}`, 24 hours. A customer's credentials get the 401.",
	tags: ["admin"],
	body: LOGIN_BODY,
	answers: { 200: { description: "The admin JWT.", schema: ACCESS_TOKEN_BODY }, ...BODY_REFUSALS, ...LOGIN_UNAUTHORIZED },
});

const DESCRIBE_CURRENT_USER = operation({
	summary: "The admin user calling",
	description: "Fact 44: the user of the session cookie, else of the admin JWT; a customer's cookie or JWT gets the 401.",
	tags: ["admin"],
	security: ADMIN_CALLER,
	answers: { 200: { description: "The user.", schema: USER_BODY }, 400: ADMIN_OF_NO_USER, ...MIDDLEWARE_UNAUTHORIZED },
});

const DESCRIBE_LOGOUT = operation({
	summary: "Log the admin user out of the session",
	description: "Fact 45: 200 `OK`, and 401 without admin credentials, unlike the store's log-out. With an admin JWT only, 200 and the JWT keeps working.",
	tags: ["admin"],
	security: ADMIN_CALLER,
	answers: {
		200: { description: "text/plain `OK`.", contentType: "text/plain", schema: OK_TEXT, headers: LOGOUT_COOKIE },
		...PARSE_REFUSALS,
		400: orAdminOfNoUser(PARSE_REFUSALS[400]),
		...MIDDLEWARE_UNAUTHORIZED,
	},
});

export const adminRoutes = (rt: MedusaV1Runtime) =>
	new Elysia({ name: "medusa-v1/admin" })
		.post("/admin/auth", async ({ body, request }) => {
			const now = rt.clock.now();
			const user = await checkAdminPassword(rt, body);
			const cookie = await openSession(rt, request, { user_id: user.id }, now);
			return jsonResponse(200, { user: userView(user, ROLE) }, { "set-cookie": cookie });
		}, DESCRIBE_SESSION_LOGIN)
		// `{access_token}`: HS256 `{user_id, domain:"admin"}` then iat and exp, 24 hours (fact 43).
		.post("/admin/auth/token", async ({ body }) => {
			const now = rt.clock.now();
			const user = await checkAdminPassword(rt, body);
			const claims = { user_id: user.id, domain: "admin" };
			return jsonResponse(200, { access_token: await rt.signer.sign(claims, { now, ttlSeconds: rt.policy.adminTokenTtlSeconds }) });
		}, DESCRIBE_TOKEN_LOGIN)
		.get("/admin/auth", async ({ request }) => {
			const user = await requireAdmin(rt, request, rt.clock.now());
			return user instanceof Response ? user : jsonResponse(200, { user: userView(user, ROLE) });
		}, DESCRIBE_CURRENT_USER)
		// With a bearer only, 200 and the bearer keeps working (fact 45).
		.delete("/admin/auth", async ({ request }) => {
			const now = rt.clock.now();
			const user = await requireAdmin(rt, request, now);
			if (user instanceof Response) return user;
			const cookie = await closeSessionLogin(rt, request, "user_id", now);
			const answer = textResponse(200, "OK");
			if (cookie !== undefined) answer.headers.set("set-cookie", cookie);
			return answer;
		}, DESCRIBE_LOGOUT);
