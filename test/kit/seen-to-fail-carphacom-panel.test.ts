// Every check of carphacom's admin-panel and permissions areas is seen to fail on a server that
// breaks its rule (a reference defect, or a small wrapper around the reference's handler where no
// defect breaks exactly that rule) and to pass on the clean reference.
import { describe, expect, test } from "bun:test";
import { runCheckAgainst, runKit, type DefectName } from "../support/kit.ts";
import type { CheckResult } from "../../conformance/kit/result.ts";
import { makeTestApp } from "../support/test-app.ts";

const AREAS = ["carphacom/admin-panel/**", "carphacom/permissions/**"];
const OPTIONS = { strict: true, hardening: true };
const PANEL_AUTH = "/app/api/admin/auth";
const PROXY = "/app/api/admin/proxy/";

type Handle = (request: Request) => Promise<Response>;

/** Wraps the reference's handler into a server that breaks one rule the reference keeps. */
type Broken = (handle: Handle) => Handle;

const pathOf = (request: Request): string => new URL(request.url).pathname;

const json = (status: number, body: unknown, headers: Headers = new Headers()): Response => {
	headers.set("content-type", "application/json; charset=utf-8");
	return new Response(JSON.stringify(body), { status, headers });
};

/** The answer with each Set-Cookie rewritten (or dropped, when `rewrite` returns undefined). */
const rewriteCookies = async (answer: Promise<Response>, rewrite: (cookie: string) => string | undefined): Promise<Response> => {
	const response = await answer;
	const headers = new Headers(response.headers);
	headers.delete("set-cookie");
	for (const cookie of response.headers.getSetCookie()) {
		const rewritten = rewrite(cookie);
		if (rewritten !== undefined) headers.append("set-cookie", rewritten);
	}
	return new Response(await response.text(), { status: response.status, headers });
};

/** A panel login (not a logout): POST /app/api/admin/auth. */
const isPanelPost = (request: Request): boolean => request.method === "POST" && pathOf(request) === PANEL_AUTH;

/** The body of the answer, replaced when its status is `status`. */
const replaceBody = async (answer: Promise<Response>, status: number, body: (old: Record<string, unknown>) => unknown): Promise<Response> => {
	const response = await answer;
	if (response.status !== status) return response;
	return json(status, body((await response.json()) as Record<string, unknown>), new Headers(response.headers));
};

const withoutCookie = (request: Request, name: string): Request => {
	const headers = new Headers(request.headers);
	const kept = (headers.get("cookie") ?? "")
		.split(";")
		.map((part) => part.trim())
		.filter((part) => part !== "" && !part.startsWith(`${name}=`));
	headers.set("cookie", kept.join("; "));
	return new Request(request.url, { method: request.method, headers, body: request.body });
};

const cookieValue = (request: Request, name: string): string | undefined =>
	(request.headers.get("cookie") ?? "")
		.split(";")
		.map((part) => part.trim())
		.find((part) => part.startsWith(`${name}=`))
		?.slice(name.length + 1);

const BROKEN = {
	/** The panel's cookies lack HttpOnly. */
	"panel-cookies-not-httponly": (handle) => (request) =>
		isPanelPost(request) ? rewriteCookies(handle(request), (cookie) => cookie.replace("; HttpOnly", "")) : handle(request),
	/** admin_session_expires is HttpOnly, so the panel's scripts cannot read it. */
	"panel-expiry-cookie-httponly": (handle) => (request) =>
		isPanelPost(request)
			? rewriteCookies(handle(request), (cookie) => (cookie.startsWith("admin_session_expires=") ? `${cookie}; HttpOnly` : cookie))
			: handle(request),
	/** admin_session and its expiry cookie last 7 days (what upstream's comment says) instead of 30. */
	"panel-session-7-days": (handle) => (request) =>
		isPanelPost(request) ? rewriteCookies(handle(request), (cookie) => cookie.replace("Max-Age=2592000", "Max-Age=604800")) : handle(request),
	/** The login answers in English. */
	"panel-answers-english": (handle) => (request) =>
		isPanelPost(request) ? replaceBody(handle(request), 200, (old) => ({ ...old, message: "Logged in" })) : handle(request),
	/** Wrong credentials are refused in English. */
	"panel-refusals-english": (handle) => (request) =>
		isPanelPost(request) ? replaceBody(handle(request), 401, () => ({ message: "Invalid credentials" })) : handle(request),
	/** A customer's credentials open the panel (as the admin). */
	"panel-opens-for-customers": (handle) => async (request) => {
		if (!isPanelPost(request)) return handle(request);
		const body = await request.text();
		const answer = await handle(new Request(request.url, { method: "POST", headers: request.headers, body }));
		if (answer.status !== 403) return answer;
		const admin = JSON.stringify({ email: "admin@example.com", password: "supersecret" });
		return handle(new Request(request.url, { method: "POST", headers: request.headers, body: admin }));
	},
	/** The proxy forgets medusa_token, so /admin/* sees no bearer. */
	"proxy-without-bearer": (handle) => (request) => (pathOf(request).startsWith(PROXY) ? handle(withoutCookie(request, "medusa_token")) : handle(request)),
	/** Without admin_session, the proxy still turns medusa_token into a bearer. */
	"proxy-trusts-medusa-token": (handle) => (request) => {
		const path = pathOf(request);
		if (!path.startsWith(PROXY) || cookieValue(request, "admin_session") !== undefined) return handle(request);
		const url = new URL(request.url);
		const headers = new Headers();
		const token = cookieValue(request, "medusa_token");
		if (token) headers.set("authorization", `Bearer ${token}`);
		return handle(new Request(`${url.origin}/admin/${path.slice(PROXY.length)}${url.search}`, { method: request.method, headers }));
	},
	/** Logout answers success but deletes no cookie. */
	"logout-keeps-cookies": (handle) => (request) => (isPanelPost(request) ? rewriteCookies(handle(request), (cookie) => (/^\w+=;/.test(cookie) ? undefined : cookie)) : handle(request)),
	/** The status route never recognises a session. */
	"status-ignores-session": (handle) => (request) =>
		request.method === "GET" && pathOf(request) === PANEL_AUTH
			? Promise.resolve(json(401, { authenticated: false, message: "Nu sunteți autenticat" }))
			: handle(request),
	/** The lockout's 429 carries no Retry-After (upstream's own answer). */
	"lockout-without-retry-after": (handle) => async (request) => {
		const answer = await handle(request);
		if (answer.status !== 429) return answer;
		const headers = new Headers(answer.headers);
		headers.delete("retry-after");
		return new Response(await answer.text(), { status: 429, headers });
	},
	/** Once any address is locked out, the panel's logins stay locked for good. */
	"lockout-never-ends": (handle) => {
		let locked: { body: string; headers: Headers } | undefined;
		return async (request) => {
			if (!isPanelPost(request)) return handle(request);
			if (locked) return new Response(locked.body, { status: 429, headers: locked.headers });
			const answer = await handle(request);
			if (answer.status === 429) {
				locked = { body: await answer.text(), headers: new Headers(answer.headers) };
				return new Response(locked.body, { status: 429, headers: locked.headers });
			}
			return answer;
		};
	},
	/** The 403 has a bare body. */
	"forbidden-plain": (handle) => (request) => replaceBody(handle(request), 403, () => ({ message: "Forbidden" })),
	/** /admin/* answers 403 where it should answer 401. */
	"unauthenticated-403": (handle) => async (request) => {
		const answer = await handle(request);
		if (!pathOf(request).startsWith("/admin/") || answer.status !== 401) return answer;
		return json(403, { type: "forbidden", message: "Forbidden" });
	},
} satisfies Record<string, Broken>;

type BrokenName = keyof typeof BROKEN;

const ROWS: Array<[checkId: string, breaker: DefectName | BrokenName]> = [
	["carphacom/admin-panel/cookies-httponly", "panel-cookies-not-httponly"],
	["carphacom/admin-panel/cookie-lifetimes", "panel-expiry-cookie-httponly"],
	["carphacom/admin-panel/cookie-lifetimes", "panel-session-7-days"],
	["carphacom/admin-panel/cookie-lifetimes", "token-lifetime-7d"],
	["carphacom/admin-panel/login-answer", "panel-answers-english"],
	["carphacom/admin-panel/login-refusals", "panel-refusals-english"],
	["carphacom/admin-panel/customer-refused", "panel-opens-for-customers"],
	["carphacom/admin-panel/tampered-session-refused", "unsigned-admin-session"],
	["carphacom/admin-panel/proxy-converts-cookies", "proxy-without-bearer"],
	["carphacom/admin-panel/proxy-requires-session", "proxy-trusts-medusa-token"],
	["carphacom/admin-panel/admin-token-24h", "token-lifetime-7d"],
	["carphacom/admin-panel/logout-deletes-cookies", "logout-keeps-cookies"],
	["carphacom/admin-panel/status-route", "status-ignores-session"],
	["carphacom/admin-panel/lockout-after-five-failures", "panel-lockout-missing"],
	["carphacom/admin-panel/lockout-after-five-failures", "lockout-without-retry-after"],
	["carphacom/admin-panel/lockout-ends", "lockout-never-ends"],
	["carphacom/admin-panel/lockout-ends", "panel-lockout-missing"],
	["carphacom/permissions/support-write-403", "support-can-write"],
	["carphacom/permissions/proxy-keeps-permissions", "support-can-write"],
	["carphacom/permissions/forbidden-body", "forbidden-plain"],
	["carphacom/permissions/forbidden-body", "support-can-write"],
	["carphacom/permissions/unauthenticated-401", "unauthenticated-403"],
];

const isBroken = (name: string): name is BrokenName => Object.hasOwn(BROKEN, name);

const runOne = async (checkId: string, breaker: DefectName | BrokenName): Promise<CheckResult> => {
	return runCheckAgainst(checkId, isBroken(breaker) ? BROKEN[breaker] : breaker, { profile: "carphacom", options: OPTIONS });
};

describe("admin-panel and permissions checks fail on a server that breaks their rule", () => {
	test.each(ROWS)("%s fails with %s", async (checkId, breaker) => {
		const result = await runOne(checkId, breaker);
		expect({ status: result.status, message: result.evidence?.message }).toMatchObject({ status: "fail" });
	});
});

test("every admin-panel and permissions check passes on the clean reference", async () => {
	const { app } = await makeTestApp({ profile: "carphacom" });
	const run = await runKit(app, { profile: "carphacom", selection: { only: AREAS }, options: OPTIONS });
	const notPassing = run.checks
		.filter((check) => check.status !== "pass")
		.map((check) => `${check.id}: ${check.status} ${check.evidence?.message ?? ""}`);
	expect(notPassing).toEqual([]);
	const covered = new Set(ROWS.map(([checkId]) => checkId));
	expect(run.checks.map((check) => check.id).filter((id) => !covered.has(id))).toEqual([]);
});
