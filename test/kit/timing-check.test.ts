// The timing checks' parts and their three outcomes, apart from the reference's defects (those rows
// are in seen-to-fail-reset.test.ts): paired sampling in seeded random order, the verdict with Holm
// across endpoints, and the check against small targets that leak a known amount, that are too
// noisy to judge, and against a leaking one in A/A mode (the same account on both sides).
import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { DEFAULT_TIMING_OPTIONS, type TimingOptions } from "../../conformance/kit/config.ts";
import type { Reply } from "../../conformance/kit/http.ts";
import { samplePairs } from "../../conformance/kit/timing/paired-sampling.ts";
import { holm } from "../../conformance/kit/timing/statistics.ts";
import { judgeEndpoints } from "../../conformance/kit/timing/verdict.ts";
import type { CheckResult } from "../../conformance/kit/result.ts";
import { type KitRun, runCheckAgainst, runKit, TEST_SEED } from "../support/kit.ts";
import { makeTestApp } from "../support/test-app.ts";

const LOGIN_CHECK = "medusa-v2/hardening/login-timing-does-not-reveal-accounts";
const RESET_CHECK = "medusa-v2/hardening/reset-timing-does-not-reveal-accounts";
console.log(`property seed: ${TEST_SEED}`);

/** A reply that took `ms`, as the kit's client would have measured it. */
const replyTaking = (ms: number, status = 401): Reply => ({
	status,
	headers: new Headers(),
	text: "",
	body: undefined,
	setCookies: [],
	exchange: { request: { method: "POST", url: "http://localhost/x", headers: [] }, durationMs: ms },
});

/** Uniform noise in ±spreadMs drawn from the test seed: the same on every run. */
const noise = (count: number, seed: number, spreadMs: number): number[] =>
	fc.sample(fc.noBias(fc.integer({ min: -1e6, max: 1e6 })), { seed, numRuns: count }).map((value) => (value / 1e6) * spreadMs);

const sample = (endpoint: string, shiftMs: number, spreadMs: number, pairs: number, seed: number) => {
	const knownMs = noise(pairs, seed, spreadMs).map((value) => 10 + shiftMs + value);
	const unknownMs = noise(pairs, seed + 1, spreadMs).map((value) => 10 + value);
	return { endpoint, knownMs, unknownMs, differencesMs: knownMs.map((known, i) => known - (unknownMs[i] as number)) };
};

describe("paired sampling", () => {
	test("sends each pair in an order drawn from the seed, discards the warm-up, and differences known − unknown", async () => {
		const order: string[] = [];
		const known = async (): Promise<Reply> => (order.push("k"), replyTaking(5));
		const unknown = async (): Promise<Reply> => (order.push("u"), replyTaking(3, 404));
		const result = await samplePairs(known, unknown, { pairs: 40, warmup: 5, seed: TEST_SEED });
		expect(result.differencesMs).toEqual(Array(40).fill(2));
		expect(result.knownStatuses).toEqual(new Map([[401, 40]]));
		expect(result.unknownStatuses).toEqual(new Map([[404, 40]]));
		expect(order).toHaveLength(90);
		const firsts = order.filter((_, i) => i % 2 === 0).join("");
		expect(firsts).toContain("k");
		expect(firsts).toContain("u");
		const again: string[] = [];
		await samplePairs(async () => (again.push("k"), replyTaking(5)), async () => (again.push("u"), replyTaking(3)), { pairs: 40, warmup: 5, seed: TEST_SEED });
		expect(again).toEqual(order);
	});
});

describe("the verdict", () => {
	const options: TimingOptions = { ...DEFAULT_TIMING_OPTIONS };

	test("a shift well above the noise is a leak, with the estimate and an interval around it", () => {
		const [verdict] = judgeEndpoints([sample("login", 3, 1, 200, TEST_SEED)], options);
		expect(verdict?.outcome).toBe("leak");
		expect(verdict?.estimateMs).toBeCloseTo(3, 0);
		expect(verdict?.intervalMs[0]).toBeLessThan(3);
		expect(verdict?.intervalMs[1]).toBeGreaterThan(3);
	});

	test("no shift with little noise is no leak detected, saying what the sample could have seen", () => {
		const [verdict] = judgeEndpoints([sample("login", 0, 1, 200, TEST_SEED)], options);
		expect(verdict?.outcome).toBe("no leak detected");
		expect(verdict?.detectableMs).toBeGreaterThan(0);
		expect(verdict?.detectableMs).toBeLessThanOrEqual(options.resolutionMs);
	});

	test("no shift with much noise is inconclusive, with the pairs that would resolve it", () => {
		const [verdict] = judgeEndpoints([sample("login", 0, 20, 50, TEST_SEED)], options);
		expect(verdict?.outcome).toBe("inconclusive");
		expect(verdict?.detectableMs).toBeGreaterThan(options.resolutionMs);
		// Beyond the negligible margin, the detectable shift falls with the square root of the pairs:
		// that many would bring it down to the resolution.
		const beyondMargin = (verdict?.detectableMs ?? 0) - options.negligibleMs;
		const wanted = options.resolutionMs - options.negligibleMs;
		expect(verdict?.pairsNeeded).toBeGreaterThan(50);
		expect(Math.abs((verdict?.pairsNeeded ?? 0) / (50 * (beyondMargin / wanted) ** 2) - 1)).toBeLessThan(0.01);
	});

	test("a real difference within negligibleMs is not a leak; the same difference with no margin is", () => {
		const tiny = sample("reset", 0.05, 0.005, 200, TEST_SEED);
		expect(judgeEndpoints([tiny], options)[0]?.outcome).toBe("no leak detected");
		expect(judgeEndpoints([tiny], { ...options, negligibleMs: 0 })[0]?.outcome).toBe("leak");
	});

	test("calls the latencies recorded from a real Medusa 2.21.2 a leak (transcript 04i: 20 interleaved pairs)", async () => {
		const recorded = (await Bun.file(new URL("../../fixtures/medusa-v2/transcripts/04i-login-timing-enumeration.json", import.meta.url)).json()) as {
			observations: { wrong_password_ms: number[]; unknown_email_ms: number[] };
		};
		const knownMs = recorded.observations.wrong_password_ms;
		const unknownMs = recorded.observations.unknown_email_ms;
		const differencesMs = knownMs.map((known, i) => known - (unknownMs[i] as number));
		const [verdict] = judgeEndpoints([{ endpoint: "POST /auth/customer/emailpass", knownMs, unknownMs, differencesMs }], options);
		expect(verdict?.outcome).toBe("leak");
		expect(verdict?.pairs).toBe(20);
		// Every pair points the same way: the exact two-sided p-value of the signed-rank test is 2^-19.
		expect(verdict?.adjustedP).toBeCloseTo(2 ** -19, 10);
		expect(verdict?.estimateMs).toBeGreaterThan(95);
		expect(verdict?.estimateMs).toBeLessThan(115);
	});

	test("p-values are Holm-adjusted across the endpoints of the run", () => {
		const samples = [sample("a", 0.4, 2, 120, TEST_SEED), sample("b", 0.3, 2, 120, TEST_SEED + 7), sample("c", 0, 2, 120, TEST_SEED + 9)];
		const verdicts = judgeEndpoints(samples, options);
		expect(verdicts.map((verdict) => verdict.adjustedP)).toEqual(holm(verdicts.map((verdict) => verdict.pValue)));
		for (const verdict of verdicts) expect(verdict.outcome === "leak").toBe(verdict.adjustedP < options.alpha);
	});
});

type Handle = (request: Request) => Promise<Response>;

/** The e-mail of the account the check registered: its label is "timing". */
const aboutKnownAccount = async (request: Request): Promise<boolean> => {
	const path = new URL(request.url).pathname;
	if (request.method !== "POST" || !/^\/auth\/customer\/emailpass(\/reset-password)?$/.test(path)) return false;
	const body = (await request.clone().json().catch(() => ({}))) as { email?: string; identifier?: string };
	return /-timing@/.test(body.email ?? body.identifier ?? "");
};

const delayed =
	(delayMs: (known: boolean) => number) =>
	(handle: Handle): Handle =>
	async (request) => {
		const wait = delayMs(await aboutKnownAccount(request));
		if (wait > 0) await Bun.sleep(wait);
		return handle(request);
	};

const OPTIONS = { hardening: true, timing: { ...DEFAULT_TIMING_OPTIONS, pairs: 60, warmup: 5 } };

/** Runs `ids` together against the reference of `profile` behind `breaker`: one run, so one measurement of their family. */
const runTogether = async (ids: string[], breaker: (handle: Handle) => Handle, run: KitRun = {}): Promise<CheckResult[]> => {
	const { app } = await makeTestApp({ profile: run.profile });
	return (await runKit({ handle: breaker((request) => app.handle(request)) }, { ...run, selection: { only: ids } })).checks;
};

const leakLine = (endpoint: string): RegExp => new RegExp(`^POST ${endpoint.replaceAll("/", "\\/")}: leak: existing accounts answer slower, difference [\\d.]+ ms`);

describe("the timing checks", () => {
	test("find a 3 ms delay that only existing accounts get, one failure per leaking endpoint, with its size", async () => {
		const [login, reset] = await runTogether([LOGIN_CHECK, RESET_CHECK], delayed((known) => (known ? 3 : 0)), { options: OPTIONS });
		expect([login?.status, reset?.status]).toEqual(["fail", "fail"]);
		expect(login?.evidence?.message).toMatch(leakLine("/auth/customer/emailpass"));
		expect(reset?.evidence?.message).toMatch(leakLine("/auth/customer/emailpass/reset-password"));
		expect(login?.evidence?.replay).toContain(`--only ${LOGIN_CHECK}`);
	});

	test("judge both endpoints from one measurement, Holm across them: a leak on one endpoint fails its check only", async () => {
		let logins = 0;
		const loginLeaks = (handle: Handle): Handle => async (request) => {
			const path = new URL(request.url).pathname;
			if (path === "/auth/customer/emailpass") logins++;
			if (path === "/auth/customer/emailpass" && (await aboutKnownAccount(request))) await Bun.sleep(3);
			return handle(request);
		};
		const [login, reset] = await runTogether([LOGIN_CHECK, RESET_CHECK], loginLeaks, { options: OPTIONS });
		expect([login?.status, reset?.status]).toEqual(["fail", "pass"]);
		// Two checks, one sampling of the login: warm-up and measured pairs, two requests each, once.
		expect(logins).toBe(2 * (OPTIONS.timing.pairs + OPTIONS.timing.warmup));
		expect(reset?.notes).toContainEqual(expect.stringMatching(/^judged in one Holm family with POST \/auth\/customer\/emailpass: leak/));
	});

	test("say inconclusive (a warning even with --hardening) when noise hides what they should see", async () => {
		let calls = 0;
		// 0–12 ms of delay, the same for both sides on average; seeded by call count, not by side.
		const jitter = (): number => ((calls++ * 7919) % 13);
		const result = await runCheckAgainst(LOGIN_CHECK, delayed(jitter), { options: { ...OPTIONS, timing: { ...OPTIONS.timing, pairs: 30 } } });
		expect(result.status).toBe("warn");
		expect(result.evidence?.message).toMatch(/inconclusive: too noisy to see 1\.00 ms .* about \d+ pairs would \(--timing-pairs \d+\)/);
	});

	test("a target 150 ms slower for existing accounts: a leak verdict, never an error, though the sampling takes many times the check's time limit", async () => {
		const announced: string[] = [];
		const timing = { ...DEFAULT_TIMING_OPTIONS, pairs: 20, warmup: 2 };
		// 22 pairs × 2 endpoints × 150 ms is over 6 s of sampling against a 1 s limit: each pair pushes the deadline back.
		const result = await runCheckAgainst(LOGIN_CHECK, delayed((known) => (known ? 150 : 0)), {
			options: { hardening: true, timeoutMs: 1_000, timing },
			onAnnounce: (_id, text) => void announced.push(text),
		});
		expect({ status: result.status, message: result.evidence?.message }).toMatchObject({ status: "fail", message: expect.stringMatching(/emailpass: leak: existing accounts answer slower, difference 1[45]\d\.\d+ ms/) });
		expect(announced).toEqual(["timing POST /auth/customer/emailpass, POST /auth/customer/emailpass/reset-password: 2 + 20 pairs each, 88 requests, one at a time"]);
	}, 30_000);

	test("a target that stops answering still ends at the check's time limit, as an error", async () => {
		const stalled = (handle: Handle): Handle => async (request) => ((await aboutKnownAccount(request)) ? new Promise<Response>(() => {}) : handle(request));
		const result = await runCheckAgainst(LOGIN_CHECK, stalled, { options: { hardening: true, timeoutMs: 1_000, timing: { ...DEFAULT_TIMING_OPTIONS, pairs: 20, warmup: 2 } } });
		expect(result.status).toBe("error");
		expect(result.evidence?.message).toContain("took longer than 1000 ms");
	}, 30_000);

	test("in A/A mode they time the same account on both sides, so a leaking server shows no leak", async () => {
		const leaking = delayed((known) => (known ? 3 : 0));
		const results = await runTogether([LOGIN_CHECK, RESET_CHECK], leaking, { options: { ...OPTIONS, timing: { ...OPTIONS.timing, calibrate: true } } });
		expect(results.map((result) => result.status)).toEqual(["pass", "pass"]);
		for (const result of results) expect(result.notes?.filter((note) => note.startsWith("POST ")).every((note) => note.includes("no leak detected"))).toBe(true);
	});
});

describe("carphacom's timing checks", () => {
	const CARPHACOM = [
		"carphacom/hardening/login-timing-does-not-reveal-accounts",
		"carphacom/hardening/panel-login-timing-does-not-reveal-accounts",
		"carphacom/hardening/reset-timing-does-not-reveal-accounts",
	];
	const PANEL = "/app/api/admin/auth";
	/** 3 ms more for a panel login about the fixture admin: a leak only the panel has. */
	const panelLeak = (handle: Handle): Handle => async (request) => {
		if (request.method === "POST" && new URL(request.url).pathname === PANEL) {
			const body = (await request.clone().json().catch(() => ({}))) as { email?: string };
			if (body.email === "admin@example.com") await Bun.sleep(3);
		}
		return handle(request);
	};

	test("stand in for medusa-v2's, so one Holm family covers every endpoint of a carphacom run", async () => {
		const { loadCatalogue } = await import("../../conformance/kit/catalogue.ts");
		const ids = (await loadCatalogue(["carphacom", "medusa-v2"])).map((check) => check.id);
		expect(ids).toEqual(expect.arrayContaining(CARPHACOM));
		expect(ids).not.toContain(LOGIN_CHECK);
		expect(ids).not.toContain(RESET_CHECK);
		expect((await loadCatalogue(["medusa-v2"])).map((check) => check.id)).toEqual(expect.arrayContaining([LOGIN_CHECK, RESET_CHECK]));
	});

	test("time the panel's login too, from rotating addresses, and pass on the clean reference", async () => {
		const results = await runTogether(CARPHACOM, (handle) => handle, { profile: "carphacom", options: OPTIONS });
		expect(results.map((result) => [result.id, result.status, result.evidence?.message])).toEqual(CARPHACOM.map((id) => [id, "pass", undefined]));
		const panel = results.find((result) => result.id.includes("panel-login"));
		expect(panel?.notes).toContainEqual(expect.stringMatching(new RegExp(`^POST ${PANEL}: no leak detected`)));
		expect(results.flatMap((result) => result.notes ?? []).some((note) => note.includes("statuses differ"))).toBe(false);
	});

	test("find a leak only the panel's login has, in the panel's check alone", async () => {
		const results = await runTogether(CARPHACOM, panelLeak, { profile: "carphacom", options: OPTIONS });
		expect(results.map((result) => [result.id, result.status])).toEqual(CARPHACOM.map((id) => [id, id.includes("panel-login") ? "fail" : "pass"]));
		expect(results.find((result) => result.status === "fail")?.evidence?.message).toContain(`POST ${PANEL}: leak: existing accounts answer slower`);
	});
});
