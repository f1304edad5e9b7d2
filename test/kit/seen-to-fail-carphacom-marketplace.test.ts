// Every check of carphacom's marketplace area is seen to fail on a server that breaks its rule (a
// reference defect, or a small wrapper around the reference's handler where no defect breaks
// exactly that rule) and to pass on the clean reference, with and without source addresses.
// The real-time recovery check waits up to a minute: here its waits move the test app's clock
// instead (the target's `wait`); test/kit/cli-real-wait.test.ts runs it for real over a port.
import { describe, expect, test } from "bun:test";
import { KIT_PROFILES } from "../../conformance/profiles/index.ts";
import { runCheckAgainst, runKit, TEST_SEED, type DefectName } from "../support/kit.ts";
import { loadCatalogue, selectChecks } from "../../conformance/kit/catalogue.ts";
import { DEFAULT_RUN_OPTIONS } from "../../conformance/kit/config.ts";
import type { CheckResult } from "../../conformance/kit/result.ts";
import { runChecks } from "../../conformance/kit/runner.ts";
import { handlerTarget } from "../../conformance/kit/target.ts";
import { makeTestApp } from "../support/test-app.ts";

const AREA = "carphacom/marketplace/**";
const REAL_WAIT = "carphacom/marketplace/recovers-after-real-wait";
const OPTIONS = { strict: true, hardening: true };

/** The real-wait check with --allow-slow, its waits passed on the app's clock. */
const runRealWait = async (defects: DefectName[] = []): Promise<CheckResult> => {
	const { app, runtime } = await makeTestApp({ profile: "carphacom", defects });
	const wait = async (ms: number): Promise<void> => runtime.clock.advance(ms);
	const run = await runKit(app, { profile: "carphacom", selection: { only: [REAL_WAIT] }, options: { ...OPTIONS, allowSlow: true }, wait });
	const result = run.checks[0];
	if (!result) throw new Error(`no result for ${REAL_WAIT}`);
	return result;
};

type Handle = (request: Request) => Promise<Response>;

/** Wraps the reference's handler into a server that breaks one rule the reference keeps. */
type Broken = (handle: Handle) => Handle;

const isMarketplace = (request: Request): boolean => new URL(request.url).pathname.startsWith("/store/marketplace/");

/** The answer with its status, body or headers changed by `change` when `when` holds for it. */
const rewrite =
	(when: (request: Request, response: Response) => boolean, change: (response: Response, headers: Headers) => Response | Promise<Response>): Broken =>
	(handle) =>
	async (request) => {
		const response = await handle(request);
		return isMarketplace(request) && when(request, response) ? change(response, new Headers(response.headers)) : response;
	};

const BROKEN = {
	/** The marketplace demands a publishable key like the rest of /store. */
	"marketplace-needs-key": (handle) => (request) =>
		isMarketplace(request) && !request.headers.has("x-publishable-api-key")
			? Promise.resolve(
					Response.json({ type: "not_allowed", message: "Publishable API key required in the request header: x-publishable-api-key." }, { status: 400 }),
				)
			: handle(request),
	/** The pre-2023 drafts' three fields instead of RateLimit-Policy and RateLimit. */
	"draft-06-headers": rewrite(
		() => true,
		async (response, headers) => {
			const remaining = /r=(\d+)/.exec(headers.get("ratelimit") ?? "")?.[1] ?? "0";
			headers.delete("ratelimit");
			headers.delete("ratelimit-policy");
			headers.set("ratelimit-limit", "60");
			headers.set("ratelimit-remaining", remaining);
			headers.set("ratelimit-reset", "60");
			return new Response(await response.text(), { status: response.status, headers });
		},
	),
	/** A plain-text 429, as many proxies send. */
	"text-429": rewrite(
		(_request, response) => response.status === 429,
		(_response, headers) => {
			headers.set("content-type", "text/plain; charset=utf-8");
			return new Response("Too Many Requests", { status: 429, headers });
		},
	),
	/** An unknown product answers 200 with null. */
	"unknown-product-200": rewrite(
		(_request, response) => response.status === 404,
		(_response, headers) => new Response(JSON.stringify({ product: null }), { status: 200, headers }),
	),
} satisfies Record<string, Broken>;

type BrokenName = keyof typeof BROKEN;

const ROWS: Array<[checkId: string, breaker: DefectName | BrokenName]> = [
	["carphacom/marketplace/public-without-key", "marketplace-needs-key"],
	["carphacom/marketplace/sixty-first-refused", "rate-limit-off-by-one"],
	["carphacom/marketplace/sixty-first-refused", "rate-limit-no-retry-after"],
	["carphacom/marketplace/recovers-after-retry-after", "rate-limit-never-resets"],
	["carphacom/marketplace/per-client-ip", "rate-limit-global"],
	["carphacom/marketplace/forwarded-for-ignored", "rate-limit-by-forwarded-for"],
	["carphacom/marketplace/ratelimit-headers", "draft-06-headers"],
	["carphacom/marketplace/ratelimit-headers", "rate-limit-no-retry-after"],
	["carphacom/marketplace/refusal-body", "text-429"],
	["carphacom/marketplace/unknown-product-404", "unknown-product-200"],
];

const isBroken = (name: string): name is BrokenName => Object.hasOwn(BROKEN, name);

const runOne = (checkId: string, breaker: DefectName | BrokenName): Promise<CheckResult> =>
	runCheckAgainst(checkId, isBroken(breaker) ? BROKEN[breaker] : breaker, { profile: "carphacom", options: OPTIONS });

const notPassing = (checks: CheckResult[]): string[] =>
	checks.filter((check) => check.status !== "pass").map((check) => `${check.id}: ${check.status} ${check.evidence?.message ?? check.missing?.join(",") ?? ""}`);

describe("marketplace checks fail on a server that breaks their rule", () => {
	test.each(ROWS)("%s fails with %s", async (checkId, breaker) => {
		const result = await runOne(checkId, breaker);
		expect({ status: result.status, message: result.evidence?.message }).toMatchObject({ status: "fail" });
	});

	test(`${REAL_WAIT} fails with rate-limit-never-resets`, async () => {
		const result = await runRealWait(["rate-limit-never-resets"]);
		expect({ status: result.status, message: result.evidence?.message }).toMatchObject({ status: "fail" });
		expect(result.evidence?.message).toContain("after waiting its Retry-After");
	});

	test(`${REAL_WAIT} fails with rate-limit-no-retry-after`, async () => {
		const result = await runRealWait(["rate-limit-no-retry-after"]);
		expect({ status: result.status, message: result.evidence?.message }).toMatchObject({ status: "fail" });
	});
});

test("every marketplace check passes on the clean reference (the real-wait one skips without --allow-slow)", async () => {
	const { app } = await makeTestApp({ profile: "carphacom" });
	const run = await runKit(app, { profile: "carphacom", selection: { only: [AREA] }, options: OPTIONS });
	const skipped = run.checks.filter((check) => check.status === "skip");
	expect(skipped.map((check) => [check.id, check.missing])).toEqual([[REAL_WAIT, ["allow-slow"]]]);
	expect(notPassing(run.checks.filter((check) => check.status !== "skip"))).toEqual([]);
	const covered = new Set([...ROWS.map(([checkId]) => checkId), REAL_WAIT]);
	expect(run.checks.map((check) => check.id).filter((id) => !covered.has(id))).toEqual([]);
});

test(`${REAL_WAIT} passes on the clean reference by waiting, and waits what Retry-After says`, async () => {
	const { app, runtime } = await makeTestApp({ profile: "carphacom" });
	const waits: number[] = [];
	const wait = async (ms: number): Promise<void> => {
		waits.push(ms);
		runtime.clock.advance(ms);
	};
	const run = await runKit(app, { profile: "carphacom", selection: { only: [REAL_WAIT] }, options: { ...OPTIONS, allowSlow: true }, wait });
	expect(notPassing(run.checks)).toEqual([]);
	// The burst takes well under a second in-process, so the window still has (almost) all its 60 s.
	expect(waits).toHaveLength(1);
	expect(waits[0]).toBeGreaterThanOrEqual(59_000);
	expect(waits[0]).toBeLessThanOrEqual(60_000);
});

/**
 * One check against its own server with no fetchFrom: every request comes from the test app's
 * default address, as against a remote target. (Sharing that address across checks of one run is
 * the kit's business: it waits out 429s it did not ask for.)
 */
const runWithoutSourceAddresses = async (checkId: string, defects: DefectName[] = []): Promise<CheckResult> => {
	const profile = KIT_PROFILES.carphacom;
	if (!profile) throw new Error("no carphacom kit profile");
	const { app } = await makeTestApp({ profile: "carphacom", defects });
	const run = await runChecks({
		profile: profile.name,
		checks: selectChecks(await loadCatalogue(profile.catalogues), { only: [checkId] }),
		target: handlerTarget((request) => app.handle(request)),
		config: { controlUrl: "http://localhost" },
		options: { ...DEFAULT_RUN_OPTIONS, ...OPTIONS, seed: TEST_SEED },
		baseCapabilities: profile.baseCapabilities,
		references: profile.refs,
	});
	const result = run.checks[0];
	if (!result) throw new Error(`no result for ${checkId}`);
	return result;
};

describe("without source addresses (a remote target), the checks run from the kit's one address", () => {
	const ONE_ADDRESS = [...new Set(ROWS.map(([checkId]) => checkId))].filter((id) => id !== "carphacom/marketplace/per-client-ip");

	test.each(ONE_ADDRESS)("%s passes on the clean reference", async (checkId) => {
		const result = await runWithoutSourceAddresses(checkId);
		expect(notPassing([result])).toEqual([]);
	});

	test("per-client-ip skips, needing source-addresses", async () => {
		expect((await runWithoutSourceAddresses("carphacom/marketplace/per-client-ip")).missing).toEqual(["source-addresses"]);
	});

	test.each(ROWS.filter(([checkId, breaker]) => ONE_ADDRESS.includes(checkId) && !isBroken(breaker)))("%s still fails with %s", async (checkId, breaker) => {
		const result = await runWithoutSourceAddresses(checkId, [breaker as DefectName]);
		expect({ status: result.status, message: result.evidence?.message }).toMatchObject({ status: "fail" });
	});
});
