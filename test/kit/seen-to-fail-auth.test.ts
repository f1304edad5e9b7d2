// Every register, login, bearer, expiry and refresh check is shown to pass on the reference and to
// fail on a server that breaks its rule: a named defect of the reference, or a small broken target
// (a wrapper around the reference's handler that changes exactly one behaviour).
import { describe, expect, test } from "bun:test";
import { KIT_PROFILES } from "../../conformance/profiles/index.ts";
import { TEST_SEED, type DefectName } from "../support/kit.ts";
import { loadCatalogue, selectChecks } from "../../conformance/kit/catalogue.ts";
import { DEFAULT_RUN_OPTIONS, type RunOptions, type TargetConfig } from "../../conformance/kit/config.ts";
import type { RunResult } from "../../conformance/kit/result.ts";
import { runChecks } from "../../conformance/kit/runner.ts";
import { type FetchLike, handlerTarget } from "../../conformance/kit/target.ts";
import { SignJWT } from "jose";
import { bearerClaims, makeTestApp, TEST_JWT_SECRET } from "../support/test-app.ts";

const AREAS = ["register", "login", "bearer", "expiry", "refresh"].map((area) => `medusa-v2/${area}/*`);
const SLOW = "medusa-v2/expiry/real-time-expiry";
const SLOW_TTL = 2;

/** What a broken target does to one request, given the reference's own handler. */
type Breakage = (request: Request, next: FetchLike) => Promise<Response>;

const json = (status: number, body: unknown): Response =>
	new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

const pathOf = (request: Request): string => new URL(request.url).pathname;

const isLogin = (request: Request): boolean => request.method === "POST" && /^\/auth\/[^/]+\/emailpass$/.test(pathOf(request));
const isRegister = (request: Request): boolean => request.method === "POST" && /^\/auth\/[^/]+\/emailpass\/register$/.test(pathOf(request));
const isCreateCustomer = (request: Request): boolean => request.method === "POST" && pathOf(request) === "/store/customers";
const isRefresh = (request: Request): boolean => request.method === "POST" && pathOf(request) === "/auth/token/refresh";

const withBody = (request: Request, body: string, contentType = "application/json"): Request => {
	const headers = new Headers(request.headers);
	headers.set("content-type", contentType);
	return new Request(request.url, { method: request.method, headers, body });
};

const readJson = async (request: Request): Promise<Record<string, unknown>> => {
	try {
		return (await request.clone().json()) as Record<string, unknown>;
	} catch {
		return {};
	}
};

/** Swaps a response's token for another. */
const withToken = async (response: Response, change: (token: string) => string): Promise<Response> => {
	if (response.status !== 200) return response;
	const body = (await response.json()) as { token: string };
	return json(200, { token: change(body.token) });
};

const seenEmails = new Set<string>();
const refreshedTokens = new Set<string>();

const BROKEN: Record<string, Breakage> = {
	// The register route is gone (404), so there is no registration token.
	"register-missing": async (request, next) => (isRegister(request) ? json(404, { type: "not_found", message: "Cannot POST" }) : next(request)),
	// Any second register for an e-mail is refused, even the same-password retry.
	"register-no-retry": async (request, next) => {
		if (!isRegister(request)) return next(request);
		const email = String((await readJson(request)).email);
		if (seenEmails.has(email)) return json(401, { type: "unauthorized", message: "Identity with email already exists" });
		seenEmails.add(email);
		return next(request);
	},
	// A refused register falls back to login: registering a linked identity hands out a login token.
	"register-falls-back-to-login": async (request, next) => {
		if (!isRegister(request)) return next(request);
		const body = await request.clone().text();
		const response = await next(request);
		if (response.status !== 401) return response;
		const fallback = await next(new Request(request.url.replace(/\/register$/, ""), { method: "POST", headers: request.headers, body }));
		return fallback.status === 200 ? fallback : response;
	},
	// Duplicate customers get 409 instead of upstream's 422.
	"duplicate-409": async (request, next) => {
		const response = await next(request);
		return isCreateCustomer(request) && response.status === 422 ? new Response(response.body, { status: 409, headers: response.headers }) : response;
	},
	// A missing token on POST /store/customers gets 403 instead of 401.
	"store-customers-403": async (request, next) => {
		const response = await next(request);
		return isCreateCustomer(request) && response.status === 401 ? new Response(response.body, { status: 403, headers: response.headers }) : response;
	},
	// Login signs its tokens with a key the rest of the server does not accept.
	"login-token-unusable": async (request, next) => {
		const response = await next(request);
		return isLogin(request) ? withToken(response, (token) => `${token.slice(0, -10)}${token.slice(-10).split("").reverse().join("")}`) : response;
	},
	// The e-mail field is validated before the password field.
	"email-checked-first": async (request, next) => {
		if (!isLogin(request)) return next(request);
		const body = await readJson(request);
		return typeof body.email === "string" ? next(request) : json(401, { type: "unauthorized", message: "Email should be a string" });
	},
	// Form-encoded bodies are not parsed.
	"form-bodies-ignored": async (request, next) =>
		isLogin(request) && request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded")
			? next(withBody(request, "{}"))
			: next(request),
	// /store/customers/me fails open: a refused bearer is let through as an anonymous customer.
	"me-fails-open": async (request, next) => {
		const response = await next(request);
		return pathOf(request) === "/store/customers/me" && request.headers.has("authorization") && response.status === 401
			? json(200, { customer: {} })
			: response;
	},
	// The Authorization parser crashes on a header without a space.
	"authorization-parser-crash": async (request, next) => {
		const authorization = request.headers.get("authorization");
		return authorization !== null && !authorization.includes(" ") ? json(500, { type: "unknown_error", message: "An unknown error occurred." }) : next(request);
	},
	// MFA claims are ignored: a token whose challenge is pending is taken as one without MFA.
	"mfa-ignored": async (request, next) => {
		const claims = bearerClaims(request);
		if (claims?.mfa_enabled !== true) return next(request);
		const resigned = await new SignJWT({ ...claims, mfa_enabled: false }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(new TextEncoder().encode(TEST_JWT_SECRET));
		const headers = new Headers(request.headers);
		headers.set("authorization", `Bearer ${resigned}`);
		return next(new Request(request.url, { method: request.method, headers }));
	},
	// Admin users may use any provider: they get the customers' answer for an unconfigured one.
	"user-providers-open": async (request, next) =>
		/^\/auth\/user\/google/.test(pathOf(request))
			? next(new Request(request.url.replace("/auth/user/", "/auth/customer/"), { method: request.method, headers: request.headers, body: await request.clone().text() }))
			: next(request),
	// A JSON body that is no object reaches the route as an empty one, as a lenient parser would pass it.
	"json-roots-lenient": async (request, next) => {
		if (!isLogin(request)) return next(request);
		const text = await request.clone().text();
		return next(/^\s*[[{]/.test(text) ? request : withBody(request, "{}"));
	},
	// Bodies over 100 KiB crash the server (500) instead of body-parser's 413.
	"body-limit-500": async (request, next) => {
		if (!isLogin(request) || (await request.clone().text()).length <= 100 * 1024) return next(request);
		return json(500, { type: "unknown_error", message: "An unknown error occurred." });
	},
	// The refresh route does not exist.
	"refresh-missing": async (request, next) => (isRefresh(request) ? json(404, { type: "not_found", message: "Cannot POST /auth/token/refresh" }) : next(request)),
	// Refresh revokes the token it was given.
	"refresh-revokes-old": async (request, next) => {
		const bearer = request.headers.get("authorization")?.replace(/^Bearer /i, "");
		if (bearer !== undefined && refreshedTokens.has(bearer)) return json(401, { message: "Unauthorized" });
		const response = await next(request);
		if (isRefresh(request) && response.status === 200 && bearer !== undefined) refreshedTokens.add(bearer);
		return response;
	},
};

type Breaker = { defect: DefectName } | { broken: keyof typeof BROKEN };

// [check, what breaks its rule]
const ROWS: Array<[string, Breaker]> = [
	["medusa-v2/register/returns-registration-token", { broken: "register-missing" }],
	["medusa-v2/register/registration-jwt-shape", { defect: "token-lifetime-7d" }],
	["medusa-v2/register/existing-identity-error", { defect: "register-overwrites-identity" }],
	["medusa-v2/register/existing-identity-401-body", { defect: "register-overwrites-identity" }],
	["medusa-v2/register/same-password-retry", { broken: "register-no-retry" }],
	["medusa-v2/register/refused-after-customer-exists", { broken: "register-falls-back-to-login" }],
	["medusa-v2/register/store-customers-creates-customer", { defect: "store-customers-refuses-registration" }],
	["medusa-v2/register/store-customers-body", { defect: "store-customers-refuses-registration" }],
	["medusa-v2/register/store-customers-duplicate", { broken: "duplicate-409" }],
	["medusa-v2/register/store-customers-needs-token", { broken: "store-customers-403" }],
	["medusa-v2/register/emails-case-sensitive", { defect: "emails-case-insensitive" }],
	["medusa-v2/login/token-authenticates", { broken: "login-token-unusable" }],
	["medusa-v2/login/wrong-credentials-refused", { defect: "login-accepts-any-password" }],
	["medusa-v2/login/wrong-credentials-401-body", { defect: "login-reveals-unknown-email" }],
	["medusa-v2/login/validation-messages", { broken: "email-checked-first" }],
	["medusa-v2/login/malformed-json-400", { defect: "malformed-json-500" }],
	["medusa-v2/login/form-encoded-accepted", { broken: "form-bodies-ignored" }],
	["medusa-v2/login/json-roots-refused", { broken: "json-roots-lenient" }],
	["medusa-v2/login/body-parser-refusals", { broken: "body-limit-500" }],
	["medusa-v2/login/no-lockout", { defect: "login-lockout" }],
	["medusa-v2/login/user-provider-not-allowed", { broken: "user-providers-open" }],
	["medusa-v2/bearer/mfa-pending-refused", { broken: "mfa-ignored" }],
	["medusa-v2/bearer/rejects-garbage-tokens", { broken: "me-fails-open" }],
	["medusa-v2/bearer/one-char-change-refused", { defect: "ignore-signature" }],
	["medusa-v2/bearer/alg-none-refused", { defect: "accept-alg-none" }],
	["medusa-v2/bearer/wrong-secret-refused", { defect: "ignore-signature" }],
	["medusa-v2/bearer/refusal-body", { defect: "ignore-signature" }],
	["medusa-v2/bearer/scheme-variants", { defect: "bearer-scheme-case-sensitive" }],
	["medusa-v2/bearer/registration-token-refused", { defect: "registration-token-accepted" }],
	["medusa-v2/bearer/malformed-authorization-headers", { broken: "authorization-parser-crash" }],
	["medusa-v2/expiry/expired-token-refused", { defect: "accept-expired-tokens" }],
	["medusa-v2/expiry/refused-at-exp-boundary", { defect: "accept-expired-tokens" }],
	["medusa-v2/expiry/lifetime-one-day", { defect: "token-lifetime-7d" }],
	["medusa-v2/expiry/minted-expired-refused", { defect: "accept-expired-tokens" }],
	[SLOW, { defect: "accept-expired-tokens" }],
	["medusa-v2/refresh/returns-working-token", { broken: "refresh-missing" }],
	["medusa-v2/refresh/requires-valid-token", { defect: "ignore-signature" }],
	["medusa-v2/refresh/same-claims-fresh-times", { defect: "refresh-returns-same-token" }],
	["medusa-v2/refresh/old-token-still-valid", { broken: "refresh-revokes-old" }],
	["medusa-v2/refresh/upgrades-registration-token", { defect: "refresh-returns-same-token" }],
	["medusa-v2/refresh/refusal-body", { defect: "ignore-signature" }],
	["medusa-v2/refresh/expired-token-refused", { defect: "accept-expired-tokens" }],
	["medusa-v2/refresh/minted-expired-refused", { defect: "accept-expired-tokens" }],
];

interface Run {
	only: string[];
	defects?: DefectName[];
	broken?: Breakage;
	tokenTtlSeconds?: number;
	options?: Partial<RunOptions>;
	config?: TargetConfig;
}

/** runKit, but against any fetch-shaped handler, so a broken target can wrap the reference. */
const run = async ({ only, defects = [], broken, tokenTtlSeconds, options, config }: Run): Promise<RunResult> => {
	const { app } = await makeTestApp({ defects, tokenTtlSeconds });
	const handle: FetchLike = (request) => app.handle(request);
	const profile = KIT_PROFILES["medusa-v2"];
	if (!profile) throw new Error("no medusa-v2 kit profile");
	const checks = selectChecks(await loadCatalogue(profile.catalogues), { only });
	if (checks.length === 0) throw new Error(`no check matches ${only.join(", ")}`);
	return runChecks({
		profile: profile.name,
		checks,
		target: handlerTarget(broken ? (request) => broken(request, handle) : handle),
		config: { controlUrl: "http://localhost", jwtSecret: TEST_JWT_SECRET, tokenTtlSeconds, ...config },
		options: { ...DEFAULT_RUN_OPTIONS, seed: TEST_SEED, strict: true, hardening: true, ...options },
		baseCapabilities: profile.baseCapabilities,
	});
};

const slowRun = (defects: DefectName[] = []): Run => ({ only: [SLOW], defects, tokenTtlSeconds: SLOW_TTL, options: { allowSlow: true } });

const describeResults = (result: RunResult): string =>
	result.checks.map((check) => `${check.id}: ${check.status}${check.evidence ? ` (${check.evidence.message})` : ""}`).join("\n");

describe("register, login, bearer, expiry and refresh checks", () => {
	test("every one passes on the reference", async () => {
		const result = await run({ only: AREAS });
		const notPassing = result.checks.filter((check) => check.status !== "pass" && check.id !== SLOW);
		expect(describeResults({ ...result, checks: notPassing })).toBe("");
		expect(result.checks.map((check) => check.id).sort()).toEqual(ROWS.map(([id]) => id).sort());
	}, 60_000);

	test("real-time-expiry passes on a reference with a short token lifetime", async () => {
		const result = await run(slowRun());
		expect(describeResults(result)).toBe(`${SLOW}: pass`);
	}, 20_000);

	test.each(ROWS)("%s fails when its rule is broken", async (id, breaker) => {
		const result = await run(
			id === SLOW
				? slowRun("defect" in breaker ? [breaker.defect] : [])
				: "defect" in breaker
					? { only: [id], defects: [breaker.defect] }
					: { only: [id], broken: BROKEN[breaker.broken] },
		);
		expect(result.checks.map((check) => `${check.id}: ${check.status}`)).toEqual([`${id}: fail`]);
	}, 30_000);
});
