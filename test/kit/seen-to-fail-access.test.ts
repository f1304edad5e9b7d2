// The session, publishable-key, admin, CORS and unrouted-request checks, seen to fail: each row runs one check alone
// against a reference that breaks its rule (a defect switch, or a small wrapper around the app's
// handler where no defect fits) and expects "fail"; then every one of them passes on the clean
// reference, over https (so the tls checks run) and over plain http.
import { describe, expect, test } from "bun:test";
import { signCookie } from "elysia/utils";
import { KIT_PROFILES } from "../../conformance/profiles/index.ts";
import { TEST_SEED, type DefectName } from "../support/kit.ts";
import { loadCatalogue, selectChecks } from "../../conformance/kit/catalogue.ts";
import { DEFAULT_RUN_OPTIONS } from "../../conformance/kit/config.ts";
import type { RunResult } from "../../conformance/kit/result.ts";
import { runChecks } from "../../conformance/kit/runner.ts";
import { type FetchLike, handlerTarget } from "../../conformance/kit/target.ts";
import { bearerClaims, decodeJwt, makeTestApp, PUBLISHABLE_KEY, REVOKED_KEY, SECRET_KEY, TEST_COOKIE_SECRET, TEST_JWT_SECRET, WHOLESALE_KEY } from "../support/test-app.ts";

const AREAS = ["medusa-v2/session/**", "medusa-v2/publishable-key/**", "medusa-v2/admin/**", "medusa-v2/cors/**", "medusa-v2/routes/**"];
const TLS_ONLY = ["medusa-v2/session/cookie-samesite", "medusa-v2/session/cookie-secure"];

/** What a broken target does with a request, given the clean reference as `next`. */
type Wrap = (request: Request, next: FetchLike) => Promise<Response>;

interface BrokenTarget {
	/** What the wrapper breaks, as a reader of a failing row would want to know. */
	breaks: string;
	wrap: Wrap;
	https?: boolean;
}

const runAlone = async (handle: FetchLike, only: string[], https = false): Promise<RunResult> => {
	const profile = KIT_PROFILES["medusa-v2"];
	if (!profile) throw new Error("no medusa-v2 kit profile");
	const checks = selectChecks(await loadCatalogue(profile.catalogues), { only });
	if (checks.length === 0) throw new Error(`no check matches ${only.join(", ")}`);
	return runChecks({
		profile: profile.name,
		checks,
		target: handlerTarget(handle, { baseUrl: https ? "https://localhost" : "http://localhost" }),
		config: { controlUrl: "http://localhost", jwtSecret: TEST_JWT_SECRET },
		options: { ...DEFAULT_RUN_OPTIONS, seed: TEST_SEED, strict: true, hardening: true },
		baseCapabilities: profile.baseCapabilities,
	});
};

const path = (request: Request): string => new URL(request.url).pathname;

const json = (status: number, body: unknown): Response =>
	new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

/** A copy of `response` whose headers `edit` may change. */
const editHeaders = async (response: Response, edit: (headers: Headers) => void): Promise<Response> => {
	const headers = new Headers(response.headers);
	edit(headers);
	return new Response(await response.arrayBuffer(), { status: response.status, headers });
};

const editSetCookies = (response: Response, edit: (header: string) => string | undefined): Promise<Response> =>
	editHeaders(response, (headers) => {
		const cookies = headers.getSetCookie();
		headers.delete("set-cookie");
		for (const cookie of cookies) {
			const edited = edit(cookie);
			if (edited !== undefined) headers.append("set-cookie", edited);
		}
	});

const withRequest = (request: Request, change: { url?: string; headers?: (headers: Headers) => void }): Request => {
	const headers = new Headers(request.headers);
	change.headers?.(headers);
	return new Request(change.url ?? request.url, { method: request.method, headers, body: request.body, duplex: "half" } as RequestInit);
};

/** The same request without the query keys `drop` picks. */
const withoutQueryKeys = (request: Request, drop: (key: string) => boolean): Request => {
	const url = new URL(request.url);
	for (const key of [...url.searchParams.keys()]) if (drop(key)) url.searchParams.delete(key);
	return withRequest(request, { url: url.toString() });
};

const KNOWN_KEYS = [PUBLISHABLE_KEY, WHOLESALE_KEY, REVOKED_KEY];

const BROKEN: Record<string, BrokenTarget> = {
	sessionBodyWithoutTimes: {
		breaks: "POST /auth/session answers the claims without iat and exp",
		async wrap(request, next) {
			const response = await next(request);
			if (request.method !== "POST" || path(request) !== "/auth/session" || response.status !== 200) return response;
			const { user } = (await response.clone().json()) as { user: Record<string, unknown> };
			const { iat: _iat, exp: _exp, ...rest } = user;
			const headers = new Headers(response.headers);
			headers.delete("content-length");
			return new Response(JSON.stringify({ user: rest }), { status: 200, headers });
		},
	},
	storeIgnoresCookies: {
		breaks: "/store/* ignores the session cookie",
		wrap: (request, next) =>
			next(path(request).startsWith("/store/") ? withRequest(request, { headers: (headers) => headers.delete("cookie") }) : request),
	},
	logoutSetsNoCookie: {
		breaks: "DELETE /auth/session sends no clearing Set-Cookie",
		async wrap(request, next) {
			const response = await next(request);
			return request.method === "DELETE" && path(request) === "/auth/session" ? editSetCookies(response, () => undefined) : response;
		},
	},
	logoutWithoutCookieSucceeds: {
		breaks: "DELETE /auth/session without a cookie answers 200 {success:true}",
		wrap: (request, next) =>
			request.method === "DELETE" && path(request) === "/auth/session" && !request.headers.has("cookie")
				? Promise.resolve(json(200, { success: true }))
				: next(request),
	},
	sessionCreateIgnoresCookie: {
		breaks: "POST /auth/session ignores the cookie it is sent and opens a new session every time",
		wrap: (request, next) =>
			next(request.method === "POST" && path(request) === "/auth/session" ? withRequest(request, { headers: (headers) => headers.delete("cookie") }) : request),
	},
	sessionRefusesRegistrationTokens: {
		breaks: "POST /auth/session refuses tokens without an actor (Medusa 2.0's route, no allowUnregistered)",
		wrap: (request, next) =>
			request.method === "POST" && path(request) === "/auth/session" && bearerClaims(request)?.actor_id === ""
				? Promise.resolve(json(401, { message: "Unauthorized" }))
				: next(request),
	},
	cookieSignatureIgnored: {
		breaks: "the server uses connect.sid's session id whatever its signature (re-signed here with the real secret)",
		async wrap(request, next) {
			const sid = /(?:^|;\s*)connect\.sid=([^;]*)/.exec(request.headers.get("cookie") ?? "")?.[1];
			if (sid === undefined) return next(request);
			const value = decodeURIComponent(sid);
			const id = (value.startsWith("s:") ? value.slice(2) : value).replace(/\.[^.]*$/, "");
			const resigned = encodeURIComponent(`s:${await signCookie(id, TEST_COOKIE_SECRET)}`);
			return next(withRequest(request, { headers: (headers) => headers.set("cookie", `connect.sid=${resigned}`) }));
		},
	},
	cookieNotSecure: {
		breaks: "the session cookie lacks Secure over https",
		https: true,
		async wrap(request, next) {
			return editSetCookies(await next(request), (cookie) => cookie.replace(/;\s*Secure/i, ""));
		},
	},
	cookieSameSiteNone: {
		breaks: "the session cookie is SameSite=None over https (Medusa before 2.16)",
		https: true,
		async wrap(request, next) {
			return editSetCookies(await next(request), (cookie) => cookie.replace(/SameSite=Lax/i, "SameSite=None"));
		},
	},
	anyKeyAccepted: {
		breaks: "any x-publishable-api-key value opens /store (served as the storefront key)",
		wrap(request, next) {
			const key = request.headers.get("x-publishable-api-key");
			if (!key || KNOWN_KEYS.includes(key)) return next(request);
			return next(withRequest(request, { headers: (headers) => headers.set("x-publishable-api-key", PUBLISHABLE_KEY) }));
		},
	},
	productsPageOf20: {
		breaks: "GET /store/products lists 20 products a page by default",
		wrap(request, next) {
			const url = new URL(request.url);
			if (url.pathname !== "/store/products" || url.searchParams.has("limit")) return next(request);
			url.searchParams.set("limit", "20");
			return next(withRequest(request, { url: url.toString() }));
		},
	},
	actorFromBodyNotPath: {
		breaks: "POST /auth/user/emailpass logs in as a customer (the actor in the path is ignored)",
		wrap: (request, next) =>
			path(request) === "/auth/user/emailpass"
				? next(withRequest(request, { url: request.url.replace("/auth/user/", "/auth/customer/") }))
				: next(request),
	},
	storeTakesAnyActor: {
		breaks: "GET /store/customers/me answers 200 to tokens of actor_type user",
		wrap: (request, next) =>
			path(request) === "/store/customers/me" && bearerClaims(request)?.actor_type === "user"
				? Promise.resolve(json(200, { customer: { id: String(bearerClaims(request)?.actor_id), email: "admin@example.com" } }))
				: next(request),
	},
	identityPerActor: {
		breaks: "an emailpass identity logs in only as the actor it was registered for",
		async wrap(request, next) {
			const response = await next(request);
			if (path(request) !== "/auth/user/emailpass" || response.status !== 200) return response;
			const { token } = (await response.clone().json()) as { token: string };
			const metadata = decodeJwt(token).app_metadata as Record<string, unknown>;
			return metadata.user_id === undefined ? json(401, { type: "unauthorized", message: "Invalid email or password" }) : response;
		},
	},
	adminTakesUnlinkedUsers: {
		breaks: "/admin/* lets a user-type token without an actor in (served with the secret key)",
		wrap(request, next) {
			const claims = bearerClaims(request);
			if (!path(request).startsWith("/admin/") || claims?.actor_type !== "user" || claims.actor_id !== "") return next(request);
			return next(withRequest(request, { headers: (headers) => headers.set("authorization", `Basic ${SECRET_KEY}`) }));
		},
	},
	noSecretKeys: {
		breaks: "/admin/* ignores Basic credentials (no secret API keys)",
		wrap: (request, next) =>
			/^Basic\s/i.test(request.headers.get("authorization") ?? "")
				? next(withRequest(request, { headers: (headers) => headers.delete("authorization") }))
				: next(request),
	},
	activeKeysDeletable: {
		breaks: "DELETE of an active API key revokes it first, then deletes it",
		async wrap(request, next) {
			const id = /^\/admin\/api-keys\/([^/]+)$/.exec(path(request))?.[1];
			if (request.method !== "DELETE" || id === undefined) return next(request);
			const headers = new Headers(request.headers);
			headers.set("content-type", "application/json");
			await next(new Request(new URL(`/admin/api-keys/${id}/revoke`, request.url), { method: "POST", headers, body: "{}" }));
			return next(request);
		},
	},
	revocationIgnored: {
		breaks: "revoking an API key answers 200 with revoked_at set and changes nothing",
		async wrap(request, next) {
			const id = /^\/admin\/api-keys\/([^/]+)\/revoke$/.exec(path(request))?.[1];
			if (request.method !== "POST" || id === undefined) return next(request);
			const headers = new Headers({ authorization: request.headers.get("authorization") ?? "" });
			const current = (await (await next(new Request(new URL(`/admin/api-keys/${id}`, request.url), { headers }))).json()) as { api_key: object };
			return json(200, { api_key: { ...current.api_key, revoked_at: new Date().toISOString() } });
		},
	},
	secretKeyAsBearer: {
		breaks: "a secret key sent as Bearer is taken as Basic credentials",
		wrap(request, next) {
			const token = request.headers.get("authorization")?.match(/^Bearer\s+(sk_\S+)$/i)?.[1];
			if (token === undefined) return next(request);
			return next(withRequest(request, { headers: (headers) => headers.set("authorization", `Basic ${Buffer.from(`${token}:`).toString("base64")}`) }));
		},
	},
	anySalesChannel: {
		breaks: "GET /store/products ignores sales_channel_id",
		wrap: (request, next) => next(withoutQueryKeys(request, (key) => key.startsWith("sales_channel_id"))),
	},
	unknownQueryKeysDropped: {
		breaks: "list routes drop the query keys they do not know",
		wrap: (request, next) => next(withoutQueryKeys(request, (key) => key === "foo")),
	},
	noPreflight: {
		breaks: "OPTIONS is not answered (no CORS preflight)",
		wrap: (request, next) => (request.method === "OPTIONS" ? Promise.resolve(json(404, { message: "Not Found" })) : next(request)),
	},
	allowOriginOnPreflightOnly: {
		breaks: "ordinary responses lack Access-Control-Allow-Origin",
		async wrap(request, next) {
			const response = await next(request);
			return request.method === "OPTIONS" ? response : editHeaders(response, (headers) => headers.delete("access-control-allow-origin"));
		},
	},
	jsonNotFound: {
		breaks: "requests no route takes get a JSON 404 instead of Express's page",
		async wrap(request, next) {
			const response = await next(request);
			return response.status === 404 && response.headers.get("content-type")?.startsWith("text/html") ? json(404, { message: "Not Found" }) : response;
		},
	},
	noVary: {
		breaks: "responses carry no Vary header",
		async wrap(request, next) {
			return editHeaders(await next(request), (headers) => headers.delete("vary"));
		},
	},
};

const ROWS: Array<[string, DefectName | BrokenTarget]> = [
	["medusa-v2/session/create-returns-claims", BROKEN.sessionBodyWithoutTimes as BrokenTarget],
	["medusa-v2/session/cookie-format", "cookie-without-httponly"],
	["medusa-v2/session/cookie-expires-in-10h", "cookie-lifetime-24h"],
	["medusa-v2/session/cookie-authenticates", BROKEN.storeIgnoresCookies as BrokenTarget],
	["medusa-v2/session/logout-clears-cookie", BROKEN.logoutSetsNoCookie as BrokenTarget],
	["medusa-v2/session/logout-revokes-cookie", "session-survives-logout"],
	["medusa-v2/session/requires-credentials", BROKEN.logoutWithoutCookieSucceeds as BrokenTarget],
	["medusa-v2/session/registration-token-opens-session", BROKEN.sessionRefusesRegistrationTokens as BrokenTarget],
	["medusa-v2/session/registration-token-opens-session", "session-refuses-registration-token"],
	["medusa-v2/session/expires-after-10h", "cookie-lifetime-24h"],
	["medusa-v2/session/rejects-forged-cookie", BROKEN.cookieSignatureIgnored as BrokenTarget],
	["medusa-v2/session/rejects-forged-cookie", "ignore-cookie-signature"],
	["medusa-v2/session/cookie-httponly", "cookie-without-httponly"],
	["medusa-v2/session/cookie-secure", BROKEN.cookieNotSecure as BrokenTarget],
	["medusa-v2/session/cookie-samesite", BROKEN.cookieSameSiteNone as BrokenTarget],
	["medusa-v2/session/same-token-keeps-session", BROKEN.sessionCreateIgnoresCookie as BrokenTarget],
	["medusa-v2/publishable-key/required-on-store", "publishable-key-optional"],
	["medusa-v2/publishable-key/rejects-unknown-keys", BROKEN.anyKeyAccepted as BrokenTarget],
	["medusa-v2/publishable-key/rejects-revoked-key", "revoked-key-accepted"],
	["medusa-v2/publishable-key/checked-before-auth", "key-checked-after-auth"],
	["medusa-v2/publishable-key/scopes-products", "key-not-scoped"],
	["medusa-v2/publishable-key/products-envelope", BROKEN.productsPageOf20 as BrokenTarget],
	["medusa-v2/admin/login-token-claims", BROKEN.actorFromBodyNotPath as BrokenTarget],
	["medusa-v2/admin/refuses-non-admin-tokens", "customer-token-on-admin"],
	["medusa-v2/admin/admin-token-refused-on-store", BROKEN.storeTakesAnyActor as BrokenTarget],
	["medusa-v2/admin/cross-actor-login", BROKEN.identityPerActor as BrokenTarget],
	["medusa-v2/admin/cross-actor-login", BROKEN.adminTakesUnlinkedUsers as BrokenTarget],
	["medusa-v2/admin/secret-key-basic", BROKEN.noSecretKeys as BrokenTarget],
	["medusa-v2/admin/secret-key-basic", "no-secret-key-auth"],
	["medusa-v2/admin/secret-key-schemes", BROKEN.secretKeyAsBearer as BrokenTarget],
	["medusa-v2/admin/secret-key-schemes", BROKEN.revocationIgnored as BrokenTarget],
	["medusa-v2/admin/api-key-lifecycle", BROKEN.activeKeysDeletable as BrokenTarget],
	["medusa-v2/admin/lists-refuse-unknown-query-keys", BROKEN.unknownQueryKeysDropped as BrokenTarget],
	["medusa-v2/publishable-key/products-within-key-channels", BROKEN.anySalesChannel as BrokenTarget],
	["medusa-v2/cors/preflight-allowed-origin", BROKEN.noPreflight as BrokenTarget],
	["medusa-v2/cors/allowed-origin-on-response", BROKEN.allowOriginOnPreflightOnly as BrokenTarget],
	["medusa-v2/cors/disallowed-origin", "cors-allow-any-origin"],
	["medusa-v2/cors/vary-and-credentials", BROKEN.noVary as BrokenTarget],
	["medusa-v2/routes/unrouted-answers", BROKEN.jsonNotFound as BrokenTarget],
];

const describeRow = (broken: DefectName | BrokenTarget): string => (typeof broken === "string" ? `defect ${broken}` : broken.breaks);

describe("session, publishable-key, admin and CORS checks fail on a server that breaks their rule", () => {
	for (const [id, broken] of ROWS) {
		test(`${id} fails when ${describeRow(broken)}`, async () => {
			const { app } = await makeTestApp(typeof broken === "string" ? { defects: [broken] } : {});
			const handle: FetchLike = (request) => app.handle(request);
			const target = typeof broken === "string" ? handle : (request: Request) => broken.wrap(request, handle);
			const run = await runAlone(target, [id], typeof broken !== "string" && broken.https === true);
			const result = run.checks[0];
			expect(result?.id).toBe(id);
			expect({ status: result?.status, message: result?.evidence?.message }).toMatchObject({ status: "fail" });
		}, 30_000);
	}
});

describe("session, publishable-key, admin and CORS checks pass on the clean reference", () => {
	test("over https: every check passes, none skips", async () => {
		const { app } = await makeTestApp();
		const run = await runAlone((request) => app.handle(request), AREAS, true);
		const notPassed = run.checks.filter((check) => check.status !== "pass").map((check) => [check.id, check.status, check.evidence?.message ?? check.missing]);
		expect(notPassed).toEqual([]);
		expect(run.checks.length).toBe(new Set(ROWS.map(([id]) => id)).size);
	}, 60_000);

	test("over plain http: every check passes except the https-only ones, which skip", async () => {
		const { app } = await makeTestApp();
		const run = await runAlone((request) => app.handle(request), AREAS);
		const notPassed = run.checks.filter((check) => check.status !== "pass").map((check) => [check.id, check.status]);
		expect(notPassed).toEqual(TLS_ONLY.map((id) => [id, "skip"]));
	}, 60_000);

	test("every check of these areas has a seen-to-fail row", async () => {
		const profile = KIT_PROFILES["medusa-v2"];
		const ids = selectChecks(await loadCatalogue(profile?.catalogues ?? ["medusa-v2"]), { only: AREAS }).map((check) => check.id);
		expect(ids.filter((id) => !ROWS.some(([row]) => row === id))).toEqual([]);
	});
});

describe("publishable-key/scopes-products on keys without products", () => {
	test("warns that scoping cannot be judged, neither erring nor passing", async () => {
		const { app } = await makeTestApp();
		// A store whose channels hold no product: every list is empty.
		const empty: FetchLike = async (request) =>
			new URL(request.url).pathname === "/store/products" ? Response.json({ products: [], count: 0, offset: 0, limit: 50 }) : app.handle(request);
		const [result] = (await runAlone(empty, ["medusa-v2/publishable-key/scopes-products"])).checks;
		expect([result?.status, result?.evidence?.message]).toEqual(["warn", expect.stringContaining("neither publishable key lists any product")]);
	});
});
