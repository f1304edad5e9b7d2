// The medusa-v1 login and bearer checks are shown to pass on the reference and to fail on a server
// that breaks their rule: a named defect of the medusa-v1 reference, or a small broken target (a
// wrapper around the reference's handler that changes exactly one behaviour).
import { describe, expect, test } from "bun:test";
import { runCheckAgainst, runKit, type DefectName } from "../support/kit.ts";
import { makeTestApp, TEST_JWT_SECRET } from "../support/test-app.ts";

const PROFILE = "medusa-v1";
const AREAS = ["medusa-v1/login/*", "medusa-v1/bearer/*"];
const RUN = { profile: PROFILE, options: { strict: true, hardening: true }, config: { jwtSecret: TEST_JWT_SECRET } };

type Handle = (request: Request) => Promise<Response>;

const pathOf = (request: Request): string => new URL(request.url).pathname;

/** Each check, with what breaks its rule: a defect, or a wrapper of the reference's handler. */
const BREAKERS: Record<string, DefectName | ((handle: Handle) => Handle)> = {
	"medusa-v1/login/access-token": (handle) => async (request) => {
		const response = await handle(request);
		// The login answers `token` instead of `access_token` (Medusa v2's field).
		if (request.method !== "POST" || pathOf(request) !== "/store/auth/token" || response.status !== 200) return response;
		const { access_token } = (await response.json()) as { access_token: string };
		return Response.json({ token: access_token });
	},
	"medusa-v1/bearer/expired-token-refused": "accept-expired-tokens",
};

describe("medusa-v1 login and bearer checks", () => {
	test("every one passes on the reference", async () => {
		const { app } = await makeTestApp({ profile: PROFILE });
		const run = await runKit(app, { ...RUN, selection: { only: AREAS } });
		expect(run.checks.map((check) => [check.id, check.status])).toEqual(run.checks.map((check) => [check.id, "pass"]));
		expect(Object.keys(BREAKERS).sort()).toEqual(run.checks.map((check) => check.id).sort());
	});

	for (const [id, breaker] of Object.entries(BREAKERS))
		test(`${id} fails on a server that breaks it (${typeof breaker === "string" ? `defect ${breaker}` : "broken target"})`, async () => {
			const result = await runCheckAgainst(id, breaker, RUN);
			// A fail with evidence: an error (a check that broke on its own) would not show the rule caught.
			expect([result.status, result.evidence !== undefined]).toEqual(["fail", true]);
		});
});
