// The quark register, login, validation, change-password, forgot-password, reset-password and timing
// checks are shown to pass on the reference and to fail on a server that breaks their rule: a named
// defect of the quark reference, or a small broken target (a wrapper around the reference's handler).
import { DEFAULT_TIMING_OPTIONS } from "../../conformance/kit/config.ts";
import { type Breakers, type Handler, seenToFail, slowerForTheTimedAccount } from "../support/kit.ts";
import { TEST_JWT_SECRET } from "../support/test-app.ts";

const AREAS = [
	"quark/register/*",
	"quark/login/*",
	"quark/validation/*",
	"quark/change-password/*",
	"quark/forgot-password/*",
	"quark/reset-password/*",
	"quark/hardening/*",
];
// The auth burst (20 per 10 s) is met by the kit's own pace: its Retry-After waits move the app's
// clock. Fewer timing pairs than a real run: in-process the reference answers in microseconds.
const OPTIONS = { strict: true, hardening: true, timing: { ...DEFAULT_TIMING_OPTIONS, pairs: 60, warmup: 5 } };
const RUN = { profile: "quark", options: OPTIONS, config: { jwtSecret: TEST_JWT_SECRET }, waitOnAppClock: true };

const pathOf = (request: Request): string => new URL(request.url).pathname;

const isPost = (request: Request, path: string): boolean => request.method === "POST" && pathOf(request) === path;

const bodyOf = async (request: Request): Promise<Record<string, unknown>> =>
	(await request.clone().json().catch(() => ({}))) as Record<string, unknown>;

/** The same request with another JSON body. */
const withBody = (request: Request, body: unknown): Request =>
	new Request(request.url, { method: request.method, headers: request.headers, body: JSON.stringify(body) });

/** The JSON answer of `path`, changed by `change` when it is a 200. */
const changeAnswer =
	(path: string, change: (body: Record<string, unknown>) => Record<string, unknown>) =>
	(handle: Handler): Handler =>
	async (request) => {
		const response = await handle(request);
		if (pathOf(request) !== path || response.status !== 200) return response;
		return Response.json(change((await response.json()) as Record<string, unknown>));
	};

/** The same JWT with a claim changed and the old signature kept: a reader that does not verify sees the change. */
const withClaim = (token: string, name: string, value: unknown): string => {
	const [header, payload, signature] = token.split(".");
	const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
	return `${header}.${Buffer.from(JSON.stringify({ ...claims, [name]: value })).toString("base64url")}.${signature}`;
};

/** Every 400's `errors` map changed by `change`. */
const changeErrors =
	(change: (errors: Record<string, string[]>) => Record<string, string[]>) =>
	(handle: Handler): Handler =>
	async (request) => {
		const response = await handle(request);
		if (response.status !== 400) return response;
		const body = (await response.json()) as Record<string, unknown>;
		const errors = body.errors as Record<string, string[]> | undefined;
		return Response.json(errors ? { ...body, errors: change(errors) } : body, { status: 400, headers: response.headers });
	};

const BREAKERS: Breakers = {
	// Registration logs in, answering tokens.
	"quark/register/answers-message": changeAnswer("/api/auth/register", (body) => ({ ...body, accessToken: "x.y.z" })),
	// A taken e-mail is answered as a new registration.
	"quark/register/duplicate-email-409": (handle) => async (request) => {
		const response = await handle(request);
		return isPost(request, "/api/auth/register") && response.status === 409 ? Response.json({ message: "Registration successful" }) : response;
	},
	// Passwords are lower-cased at registration and login: their letter case no longer counts.
	"quark/register/password-logs-in": (handle) => async (request) => {
		if (!isPost(request, "/api/auth/register") && !isPost(request, "/api/auth/login")) return handle(request);
		const body = await bodyOf(request);
		return handle(withBody(request, { ...body, password: String(body.password).toLowerCase() }));
	},
	// The user's roles lose "Customer".
	"quark/login/answer-shape": changeAnswer("/api/auth/login", (body) => ({ ...body, user: { ...(body.user as object), roles: [] } })),
	// The access token names another audience.
	"quark/login/access-token-claims": changeAnswer("/api/auth/login", (body) => ({ ...body, accessToken: withClaim(String(body.accessToken), "aud", "SomeOtherClient") })),
	// An unknown e-mail (the check labels it "nobody") is named as such.
	"quark/login/same-answer-for-unknown-email": (handle) => async (request) => {
		if (isPost(request, "/api/auth/login") && /-nobody@/.test(String((await bodyOf(request)).email))) return Response.json({ message: "User not found." }, { status: 404 });
		return handle(request);
	},
	// The errors map's keys camel-cased, as a DictionaryKeyPolicy would write them.
	"quark/validation/email-required": changeErrors((errors) =>
		Object.fromEntries(Object.entries(errors).map(([key, messages]) => [`${key.charAt(0).toLowerCase()}${key.slice(1)}`, messages])),
	),
	"quark/validation/short-password-refused": "short-passwords-accepted",
	"quark/validation/short-new-password-refused": "short-passwords-accepted",
	// The password rule worded otherwise.
	"quark/validation/messages": changeErrors((errors) => (errors.Password ? { ...errors, Password: ["The password must be at least 8 characters long."] } : errors)),
	// The change is answered but never made.
	"quark/change-password/sets-new-password": (handle) => async (request) =>
		isPost(request, "/api/auth/change-password") ? Response.json({ message: "Password changed successfully." }) : handle(request),
	"quark/change-password/wrong-current-refused": "login-accepts-any-password",
	"quark/forgot-password/same-answer": "forgot-password-enumerates",
	// The link's path is the server's own, not the resetBaseUrl's.
	"quark/forgot-password/mails-reset-link": (handle) => async (request) => {
		if (!isPost(request, "/api/auth/forgot-password")) return handle(request);
		const body = await bodyOf(request);
		return handle(withBody(request, { ...body, resetBaseUrl: `${new URL(String(body.resetBaseUrl)).origin}/account/reset` }));
	},
	// A token event for every e-mail asked about, account or not.
	"quark/forgot-password/no-token-for-unknown": (handle) => async (request) => {
		const response = await handle(request);
		const to = new URL(request.url).searchParams.get("to");
		if (pathOf(request) !== "/__control/outbox" || to === null) return response;
		const { items } = (await response.json()) as { items: unknown[] };
		return Response.json({ items: items.length > 0 ? items : [{ kind: "event", name: "auth.password_reset", at: 0, data: { email: to, token: "t" } }] });
	},
	"quark/forgot-password/foreign-base-not-mailed": "foreign-reset-base-mailed",
	"quark/reset-password/sets-new-password": "login-accepts-any-password",
	"quark/reset-password/token-single-use": "reset-token-reusable",
	"quark/reset-password/token-expires-within-an-hour": "reset-token-lasts-a-day",
	"quark/reset-password/revokes-refresh-tokens": "password-change-keeps-refresh-tokens",
	"quark/hardening/login-timing-does-not-reveal-accounts": "login-timing-leak",
	"quark/hardening/forgot-password-timing-does-not-reveal-accounts": slowerForTheTimedAccount("/api/auth/forgot-password"),
};

seenToFail("quark register, login, validation and password checks", AREAS, BREAKERS, RUN);
