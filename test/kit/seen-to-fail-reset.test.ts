// Every check of the reset, hardening and properties areas is seen to fail on a server that breaks
// its rule (a reference defect, or a small wrapper around the reference's handler where no defect
// breaks exactly that rule) and to pass on the clean reference.
import { describe, expect, test } from "bun:test";
import { runCheckAgainst, runKit, type DefectName } from "../support/kit.ts";
import { DEFAULT_TIMING_OPTIONS } from "../../conformance/kit/config.ts";
import type { CheckResult } from "../../conformance/kit/result.ts";
import { makeTestApp, TEST_JWT_SECRET } from "../support/test-app.ts";

const AREAS = ["medusa-v2/reset/**", "medusa-v2/hardening/**", "medusa-v2/properties/**"];
// Fewer timing pairs than a real run: in-process the reference answers in microseconds, and the
// reset-timing-leak defect costs 25 ms a known request.
const OPTIONS = { strict: true, hardening: true, timing: { ...DEFAULT_TIMING_OPTIONS, pairs: 60 } };
const CONFIG = { jwtSecret: TEST_JWT_SECRET };

type Handle = (request: Request) => Promise<Response>;

/** Wraps the reference's handler into a server that breaks one rule the reference keeps. */
type Broken = (handle: Handle) => Handle;

const isPost = (request: Request, suffix: string): boolean => request.method === "POST" && new URL(request.url).pathname.endsWith(suffix);

const json = (status: number, body: unknown): Response =>
	new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

const withStatus = async (response: Promise<Response>, from: number, to: number): Promise<Response> => {
	const answer = await response;
	if (answer.status !== from) return answer;
	return new Response(await answer.text(), { status: to, headers: answer.headers });
};

const BROKEN = {
	/** reset-password answers 200 instead of 201. */
	"reset-answers-200": (handle) => (request) =>
		isPost(request, "/reset-password") ? withStatus(handle(request), 201, 200) : handle(request),
	/** reset-password answers JSON instead of text/plain "Created". */
	"reset-answers-json": (handle) => async (request) => {
		const answer = await handle(request);
		return isPost(request, "/reset-password") && answer.status === 201 ? json(201, { success: true }) : answer;
	},
	/** A successful update answers 201. */
	"update-answers-201": (handle) => (request) => (isPost(request, "/update") ? withStatus(handle(request), 200, 201) : handle(request)),
	/** GET /admin/users/me includes the user's password hash. */
	"admin-hash-leak": (handle) => async (request) => {
		const answer = await handle(request);
		if (new URL(request.url).pathname !== "/admin/users/me" || answer.status !== 200) return answer;
		const body = (await answer.json()) as { user?: Record<string, unknown> };
		return json(200, { user: { ...body.user, password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g" } });
	},
} satisfies Record<string, Broken>;

type BrokenName = keyof typeof BROKEN;

const ROWS: Array<[checkId: string, breaker: DefectName | BrokenName]> = [
	["medusa-v2/reset/request-answers-201", "reset-answers-200"],
	["medusa-v2/reset/request-emits-event", "reset-no-event"],
	["medusa-v2/reset/request-answers-created-text", "reset-answers-json"],
	["medusa-v2/reset/unknown-identifier-no-event", "reset-password-404-unknown"],
	["medusa-v2/reset/request-validates-body", "validation-422"],
	["medusa-v2/reset/token-claims", "reset-token-24h"],
	["medusa-v2/reset/update-changes-password", "update-does-not-change-password"],
	["medusa-v2/reset/update-answers-success-exactly", "update-answers-201"],
	["medusa-v2/reset/update-requires-valid-token", "update-trusts-body-email"],
	["medusa-v2/reset/update-invalid-token-body", "update-trusts-body-email"],
	["medusa-v2/reset/update-refuses-login-token", "update-trusts-body-email"],
	["medusa-v2/reset/update-is-single-use", "reset-token-reusable"],
	["medusa-v2/reset/update-is-single-use", "reset-jti-not-checked"],
	["medusa-v2/reset/unknown-jti-refused", "reset-jti-not-checked"],
	["medusa-v2/reset/newer-request-voids-older", "reset-token-older-valid"],
	["medusa-v2/reset/update-ignores-body-email", "update-uses-body-email"],
	["medusa-v2/reset/failed-update-consumes-token", "update-validates-before-consume"],
	["medusa-v2/reset/wrong-actor-token-not-consumed", "update-consumes-wrong-actor-token"],
	["medusa-v2/reset/token-expires-after-900s", "reset-token-24h"],
	["medusa-v2/hardening/login-does-not-reveal-accounts", "login-reveals-unknown-email"],
	["medusa-v2/hardening/reset-does-not-reveal-accounts", "reset-password-404-unknown"],
	["medusa-v2/hardening/login-timing-does-not-reveal-accounts", "login-timing-leak"],
	["medusa-v2/hardening/reset-timing-does-not-reveal-accounts", "reset-timing-leak"],
	["medusa-v2/hardening/no-secrets-in-customer-responses", "password-hash-in-response"],
	["medusa-v2/hardening/no-secrets-in-admin-responses", "admin-hash-leak"],
	["medusa-v2/hardening/refuses-other-hmac-algorithms", "accept-any-hmac-algorithm"],
	["medusa-v2/hardening/reset-refuses-other-hmac-algorithms", "accept-any-hmac-algorithm"],
	["medusa-v2/hardening/session-renewed-for-another-account", "session-fixation"],
	["medusa-v2/hardening/oauth-state-unguessable", "oauth-short-state"],
	["medusa-v2/hardening/oauth-state-bound-to-flow", "oauth-state-unbound"],
	["medusa-v2/hardening/oauth-code-single-use", "oauth-code-reusable"],
	["medusa-v2/hardening/oauth-code-expires", "oauth-code-never-expires"],
	["medusa-v2/properties/error-bodies-have-documented-shapes", "malformed-json-500"],
	["medusa-v2/properties/error-bodies-have-documented-shapes", "validation-422"],
	["medusa-v2/properties/auth-model", "login-accepts-any-password"],
	["medusa-v2/properties/auth-model", "session-survives-logout"],
	["medusa-v2/properties/auth-model", "update-does-not-change-password"],
	["medusa-v2/properties/auth-model", "reset-token-older-valid"],
];

const isBroken = (name: string): name is BrokenName => Object.hasOwn(BROKEN, name);

const runOne = (checkId: string, breaker: DefectName | BrokenName): Promise<CheckResult> =>
	runCheckAgainst(checkId, isBroken(breaker) ? BROKEN[breaker] : breaker, { options: OPTIONS, config: CONFIG });

describe("reset, hardening and properties checks fail on a server that breaks their rule", () => {
	test.each(ROWS)("%s fails with %s", async (checkId, breaker) => {
		const result = await runOne(checkId, breaker);
		expect({ status: result.status, message: result.evidence?.message }).toMatchObject({ status: "fail" });
	});
});

test("every reset, hardening and properties check passes on the clean reference", async () => {
	const { app } = await makeTestApp();
	const run = await runKit(app, { selection: { only: AREAS }, options: OPTIONS, config: CONFIG });
	const notPassing = run.checks
		.filter((check) => check.status !== "pass")
		.map((check) => `${check.id}: ${check.status} ${check.evidence?.message ?? ""}`);
	expect(notPassing).toEqual([]);
	const covered = new Set(ROWS.map(([checkId]) => checkId));
	expect(run.checks.map((check) => check.id).filter((id) => !covered.has(id))).toEqual([]);
});
