// The kit's harness, tested on its own with tiny checks and fake targets (test262 / OpenID
// conformance style: tests of the harness apart from the checks).
import { describe, expect, test } from "bun:test";
import type { Capability } from "../../conformance/kit/capabilities.ts";
import { DEFAULT_RUN_OPTIONS, type RunOptions } from "../../conformance/kit/config.ts";
import type { CheckContext } from "../../conformance/kit/context.ts";
import { type Check, defineCheck, type Severity, type Tier } from "../../conformance/kit/define-check.ts";
import type { RunResult } from "../../conformance/kit/result.ts";
import { runChecks } from "../../conformance/kit/runner.ts";
import { type FetchLike, handlerTarget } from "../../conformance/kit/target.ts";

const answering =
	(status: number, body: unknown, headers: Record<string, string> = {}): FetchLike =>
	async () =>
		new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

const expects401 = (tier: Tier, requires: readonly Capability[] = [], severity: Severity = "interoperability"): Check =>
	defineCheck({
		id: `test/engine/${tier}-${severity}-401`,
		title: "GET /me is refused",
		rule: "GET /me without a token answers 401.",
		refs: ["test:ref"],
		tier,
		severity,
		requires,
		async run(ctx: CheckContext) {
			ctx.expect.status(await ctx.request({ path: "/me", bearer: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl" }), 401);
		},
	});

const run = (checks: Check[], fetch: FetchLike, options: Partial<RunOptions> = {}): Promise<RunResult> =>
	runChecks({ profile: "test", checks, target: handlerTarget(fetch), config: {}, options: { ...DEFAULT_RUN_OPTIONS, ...options } });

describe("check outcomes by tier", () => {
	test("a check that holds passes", async () => {
		const result = await run([expects401("contract")], answering(401, { message: "Unauthorized" }));
		expect(result.checks[0]?.status).toBe("pass");
		expect(result.summary).toMatchObject({ pass: 1, fail: 0 });
	});

	test("a contract miss fails; observed and hardening misses warn unless --strict / --hardening", async () => {
		const broken = answering(200, { ok: true });
		const checks = [expects401("contract"), expects401("observed"), expects401("hardening")];
		expect((await run(checks, broken)).checks.map((check) => check.status)).toEqual(["fail", "warn", "warn"]);
		expect((await run(checks, broken, { strict: true })).checks.map((check) => check.status)).toEqual(["fail", "fail", "warn"]);
		expect((await run(checks, broken, { hardening: true })).checks.map((check) => check.status)).toEqual(["fail", "warn", "fail"]);
	});

	test("a security miss fails whatever its tier; cosmetic and interoperability misses outside the contract warn", async () => {
		const broken = answering(200, { ok: true });
		const checks = (["observed", "hardening"] as const).flatMap((tier) => (["security", "interoperability", "cosmetic"] as const).map((severity) => expects401(tier, [], severity)));
		const statuses = (await run(checks, broken)).checks.map((check) => `${check.tier} ${check.severity}: ${check.status}`);
		expect(statuses).toEqual([
			"observed security: fail",
			"observed interoperability: warn",
			"observed cosmetic: warn",
			"hardening security: fail",
			"hardening interoperability: warn",
			"hardening cosmetic: warn",
		]);
	});

	test("a missing capability skips and names it", async () => {
		const result = await run([expects401("contract", ["jwt-secret", "admin-account"])], answering(401, {}));
		expect(result.checks[0]).toMatchObject({ status: "skip", missing: ["jwt-secret", "admin-account"] });
	});

	test("a broken network is an error, not a failure of the target", async () => {
		const result = await run([expects401("contract")], async () => {
			throw new Error("connection refused");
		});
		expect(result.checks[0]?.status).toBe("error");
		expect(result.checks[0]?.evidence?.message).toContain("connection refused");
	});
});

describe("evidence of a failure", () => {
	test("carries expected and actual, the exchange with secrets redacted, a curl line and a replay line", async () => {
		const result = await run([expects401("contract")], answering(200, { token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl" }));
		const evidence = result.checks[0]?.evidence;
		expect(evidence).toMatchObject({ expected: "401", actual: 200 });
		const request = evidence?.exchanges[0]?.request;
		expect(request?.headers.find(([name]) => name === "authorization")?.[1]).toMatch(/^Bearer eyJhbG…\[redacted\]$/);
		expect(evidence?.exchanges[0]?.response?.body).not.toContain("c2lnbmF0dXJl");
		expect(evidence?.curl).toStartWith("curl -i -X GET 'http://localhost/me'");
		expect(evidence?.replay).toBe(`gatecheck check --only test/engine/contract-interoperability-401 --seed ${DEFAULT_RUN_OPTIONS.seed}`);
	});

	test("--show-secrets keeps the token", async () => {
		const result = await run([expects401("contract")], answering(200, {}), { showSecrets: true });
		expect(result.checks[0]?.evidence?.curl).toContain("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl");
	});

	test("a property failure reports the seed, the shrunk counterexample and the path to replay it", async () => {
		const property = defineCheck({
			id: "test/engine/property",
			title: "numbers under 10",
			rule: "every number is under 10",
			refs: ["test:ref"],
			tier: "contract",
			severity: "interoperability",
			requires: [],
			async run(ctx: CheckContext) {
				const fc = await import("fast-check");
				await ctx.property(fc.integer({ min: 0, max: 1000 }), async (n) => ctx.expect.that(n < 10, `${n} is not under 10`));
			},
		});
		const result = await run([property], answering(200, {}), { seed: 42 });
		const evidence = result.checks[0]?.evidence;
		expect(evidence?.property).toMatchObject({ seed: 42, counterexample: "[10]" });
		expect(evidence?.property?.path).toMatch(/^\d+(:\d+)*$/);
		expect(evidence?.replay).toBe(`gatecheck check --only test/engine/property --seed 42 --path ${evidence?.property?.path}`);
	});
});

describe("defineCheck", () => {
	test("refuses ids that are not profile/area/slug and checks without references", () => {
		const base = { title: "t", rule: "r", tier: "contract" as const, severity: "cosmetic" as const, requires: [], run: async () => {} };
		expect(() => defineCheck({ ...base, id: "no-slashes", refs: ["x"] })).toThrow();
		expect(() => defineCheck({ ...base, id: "a/b/c", refs: [] })).toThrow();
	});
});

describe("references", () => {
	test("a result spells out each ref from the profile's table, and keeps unknown keys as they are", async () => {
		const result = await runChecks({
			profile: "test",
			checks: [expects401("contract")],
			target: handlerTarget(answering(401, {})),
			config: {},
			options: DEFAULT_RUN_OPTIONS,
			references: { "test:ref": { kind: "observed", upstream: "Medusa 2.21.2", case: "05b", summary: "no token → 401" } },
		});
		expect(result.checks[0]?.references).toEqual(["test:ref: observed Medusa 2.21.2, case 05b: no token → 401"]);
		const bare = await run([expects401("contract")], answering(401, {}));
		expect(bare.checks[0]?.references).toEqual(["test:ref"]);
	});
});

describe("redaction", () => {
	test("masks credentials, cookie values, keys, JWTs and passwords, and keeps cookie names and attributes", async () => {
		const { redactExchange } = await import("../../conformance/kit/redact.ts");
		const exchange = redactExchange({
			request: {
				method: "POST",
				url: "http://localhost/auth/customer/emailpass",
				headers: [
					["authorization", "Basic sk_0123456789abcdef0123"],
					["cookie", "connect.sid=s%3Aabcdefghijkl.sig; theme=dark-mode-on"],
					["x-publishable-api-key", "pk_0123456789abcdef"],
				],
				body: 'email=a%40b.c&password=hunter22',
			},
			response: {
				status: 200,
				headers: [["set-cookie", "connect.sid=s%3Aabcdefghijkl.sig; Path=/; HttpOnly"]],
				body: '{"token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl","password":"hunter22"}',
			},
			durationMs: 1,
		});
		const headers = Object.fromEntries(exchange.request.headers);
		expect(headers.authorization).toBe("Basic sk_012…[redacted]");
		expect(headers.cookie).toBe("connect.sid=s%3Aab…[redacted]; theme=dark-m…[redacted]");
		expect(headers["x-publishable-api-key"]).toBe("pk_012…[redacted]");
		expect(exchange.request.body).toBe("email=a%40b.c&password=[redacted]");
		expect(exchange.response?.headers[0]?.[1]).toBe("connect.sid=s%3Aab…[redacted]; Path=/; HttpOnly");
		expect(exchange.response?.body).not.toContain("hunter22");
		expect(exchange.response?.body).not.toContain("c2lnbmF0dXJl");
	});
});

describe("the kit's own pace", () => {
	test("a 429 with Retry-After is waited out and the request sent again; rate-limit checks can see it instead", async () => {
		let calls = 0;
		const limited: FetchLike = async () =>
			++calls === 1
				? new Response("{}", { status: 429, headers: { "retry-after": "1", "content-type": "application/json" } })
				: new Response(JSON.stringify({ message: "Unauthorized" }), { status: 401 });
		const waited = await run([expects401("contract")], limited);
		expect(waited.checks[0]?.status).toBe("pass");
		expect(calls).toBe(2);

		const { HttpClient } = await import("../../conformance/kit/http.ts");
		calls = 0;
		const reply = await new HttpClient(handlerTarget(limited)).send({ path: "/me", retryOn429: false });
		expect(reply.status).toBe(429);
	});
});

describe("time limits and waits", () => {
	const waiting = (ms: number, sleep: boolean): Check =>
		defineCheck({
			id: `test/engine/${sleep ? "sleeps" : "busy"}-${ms}`,
			title: "waits, then GET /me is refused",
			rule: "GET /me without a token answers 401.",
			refs: ["test:ref"],
			tier: "contract",
			severity: "interoperability",
			requires: [],
			async run(ctx: CheckContext) {
				if (sleep) await ctx.sleep(ms);
				else await new Promise((resolve) => setTimeout(resolve, ms));
				ctx.expect.status(await ctx.request({ path: "/me" }), 401);
			},
		});
	const unauthorized = answering(401, { message: "Unauthorized" });

	test("a check whose own work outlasts the limit is an error that says so", async () => {
		const result = await run([waiting(300, false)], unauthorized, { timeoutMs: 100 });
		expect(result.checks[0]?.status).toBe("error");
		expect(result.checks[0]?.evidence?.message).toContain("took longer than 100 ms");
	});

	test("the waits a check asks for (ctx.sleep) do not count against its limit", async () => {
		const result = await run([waiting(300, true)], unauthorized, { timeoutMs: 100 });
		expect(result.checks[0]?.status).toBe("pass");
	});

	test("ctx.sleep and Retry-After waits go through the target's wait, so in-process time can be moved instead", async () => {
		const waits: number[] = [];
		let calls = 0;
		const limited: FetchLike = async () =>
			++calls === 1
				? new Response("{}", { status: 429, headers: { "retry-after": "7" } })
				: new Response(JSON.stringify({ message: "Unauthorized" }), { status: 401 });
		const result = await runChecks({
			profile: "test",
			checks: [waiting(90_000, true)],
			target: handlerTarget(limited, { wait: async (ms) => void waits.push(ms) }),
			config: {},
			options: { ...DEFAULT_RUN_OPTIONS, timeoutMs: 1_000 },
		});
		expect(result.checks[0]?.status).toBe("pass");
		expect(waits).toEqual([90_000, 7_000]);
	});
});

describe("capabilities a check can ask about", () => {
	test("ctx.can tells what the run has beyond what the check requires; --allow-slow gives allow-slow", async () => {
		const seen: boolean[] = [];
		const probe = defineCheck({
			id: "test/engine/probe",
			title: "asks",
			rule: "none",
			refs: ["test:ref"],
			tier: "contract",
			severity: "interoperability",
			requires: [],
			async run(ctx: CheckContext) {
				seen.push(ctx.can("allow-slow"), ctx.can("jwt-secret"));
			},
		});
		await run([probe], answering(200, {}));
		await run([probe], answering(200, {}), { allowSlow: true });
		expect(seen).toEqual([false, false, true, false]);
	});
});

describe("the curl line", () => {
	test("a request sent from another loopback address leaves from it again (--interface)", async () => {
		const { curlCommand } = await import("../../conformance/kit/curl.ts");
		const line = curlCommand({ method: "GET", url: "http://127.0.0.1:9000/store/marketplace/products", headers: [], from: "127.0.4.9" });
		expect(line).toBe("curl -i -X GET 'http://127.0.0.1:9000/store/marketplace/products' --interface 127.0.4.9");
		expect(curlCommand({ method: "GET", url: "http://127.0.0.1:9000/x", headers: [] })).not.toContain("--interface");
	});
});
