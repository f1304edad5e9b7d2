// The quark rate-limit, error-shape and CORS checks are shown to pass on the reference and to fail
// on a server that breaks their rule: a named defect of the quark reference, or a small broken
// target (a wrapper around the reference's handler). The fixed windows are also shown to be
// tolerated when one turns over in the middle of a burst, and the rate-limit checks to work from
// the kit's one address, as against a remote target.
import { describe, expect, test } from "bun:test";
import { loadCatalogue, selectChecks } from "../../conformance/kit/catalogue.ts";
import { DEFAULT_RUN_OPTIONS } from "../../conformance/kit/config.ts";
import { fromProfile } from "../../conformance/kit/profile.ts";
import type { CheckResult } from "../../conformance/kit/result.ts";
import { runChecks } from "../../conformance/kit/runner.ts";
import { handlerTarget } from "../../conformance/kit/target.ts";
import { KIT_PROFILES } from "../../conformance/profiles/index.ts";
import { type Breakers, type DefectName, type Handler, runCheckAgainst, runKit, seenToFail, TEST_SEED } from "../support/kit.ts";
import { makeTestApp, TEST_JWT_SECRET } from "../support/test-app.ts";

const AREAS = ["quark/rate-limits/*", "quark/errors/*", "quark/cors/*"];
// The recovery check waits a real Retry-After (--allow-slow): here its wait moves the app's clock.
const RUN = { profile: "quark", options: { strict: true, hardening: true, allowSlow: true }, config: { jwtSecret: TEST_JWT_SECRET }, waitOnAppClock: true };

const pathOf = (request: Request): string => new URL(request.url).pathname;
const isAuth = (request: Request): boolean => pathOf(request).startsWith("/api/auth/");

/** The reference's answer, replaced by `change` when `when` holds for it. */
const rewrite =
	(when: (request: Request, response: Response) => boolean, change: (response: Response) => Response | Promise<Response>) =>
	(handle: Handler): Handler =>
	async (request) => {
		const response = await handle(request);
		return when(request, response) ? change(response) : response;
	};

const jsonOf = async (response: Response): Promise<Record<string, unknown>> => (await response.clone().json().catch(() => ({}))) as Record<string, unknown>;

/** The same answer with headers changed. */
const withHeaders = async (response: Response, change: (headers: Headers) => void): Promise<Response> => {
	const headers = new Headers(response.headers);
	change(headers);
	return new Response(await response.text(), { status: response.status, headers });
};

const BREAKERS: Breakers = {
	"quark/rate-limits/auth-burst": "429-without-retry-after",
	"quark/rate-limits/global-per-minute": "no-rate-limit",
	// The 429 tells the time left in the 10-second window, not the documented 60.
	"quark/rate-limits/refusal-as-documented": rewrite(
		(_request, response) => response.status === 429,
		(response) => {
			const headers = new Headers(response.headers);
			headers.set("retry-after", "7");
			return Response.json({ status: 429, message: "Rate limit exceeded. Please retry after 7 seconds.", retryAfter: 7 }, { status: 429, headers });
		},
	),
	// The search is served as the product list, which only the global policy counts.
	"quark/rate-limits/search-per-minute": (handle) => (request) => {
		const url = new URL(request.url);
		if (url.pathname !== "/api/storefront/products/search") return handle(request);
		return handle(new Request(`${url.origin}/api/storefront/products${url.search}`, request));
	},
	// A 429 bans: once one was answered, every later auth request gets it again.
	"quark/rate-limits/recovers-after-retry-after": (handle) => {
		let ban: Response | undefined;
		return async (request) => {
			if (ban && isAuth(request)) return ban.clone();
			const response = await handle(request);
			if (response.status === 429 && isAuth(request)) ban = response.clone();
			return response;
		};
	},
	// Every request is counted as one client's: a request rebuilt loses the address the test tagged it with.
	"quark/rate-limits/per-client": (handle) => (request) => handle(new Request(request)),
	// A body that is no JSON object crashes the handler.
	"quark/errors/no-5xx-on-bad-bodies": rewrite(
		(request, response) => isAuth(request) && response.status === 400,
		async (response) => {
			const errors = (await jsonOf(response)).errors as Record<string, unknown> | undefined;
			return errors && "$" in errors ? Response.json({ message: "An unexpected error occurred." }, { status: 500 }) : response;
		},
	),
	// Validation answers ProblemDetails without its errors.
	"quark/errors/error-bodies-documented": rewrite(
		(request, response) => isAuth(request) && response.status === 400,
		async (response) => ("errors" in (await jsonOf(response)) ? Response.json({ title: "Bad Request", status: 400 }, { status: 400 }) : response),
	),
	// ASP.NET's own answer to an unknown route: an empty 404.
	"quark/errors/unknown-route-404": rewrite(
		(_request, response) => response.status === 404,
		async (response) => ((await jsonOf(response)).message === "Not Found" ? new Response(null, { status: 404 }) : response),
	),
	// Preflights lose Access-Control-Allow-Origin.
	"quark/cors/preflight-allowed-origin": rewrite(
		(request) => request.method === "OPTIONS",
		(response) => withHeaders(response, (headers) => headers.delete("access-control-allow-origin")),
	),
	// Any origin is reflected, with credentials.
	"quark/cors/foreign-origin-not-allowed": (handle) => async (request) => {
		const origin = request.headers.get("origin");
		const response = await handle(request);
		return origin === null ? response : withHeaders(response, (headers) => headers.set("access-control-allow-origin", origin));
	},
};

seenToFail("quark rate-limit, error and CORS checks", AREAS, BREAKERS, RUN);

test("quark/rate-limits/auth-burst also fails with no rate limit at all", async () => {
	const result = await runCheckAgainst("quark/rate-limits/auth-burst", "no-rate-limit", RUN);
	expect([result.status, result.evidence?.message !== undefined]).toEqual(["fail", true]);
});

test("the fixed-window checks pass on the reference when a window turns over in the middle of a burst", async () => {
	const { app, runtime } = await makeTestApp({ profile: "quark" });
	let sent = 0;
	// A minute passes after the 50th request: the counts start again within the first burst.
	const handle: Handler = (request) => {
		if (pathOf(request).startsWith("/api/storefront/") && ++sent === 50) runtime.clock.advance(60_000);
		return app.handle(request);
	};
	const only = ["quark/rate-limits/global-per-minute", "quark/rate-limits/search-per-minute"];
	for (const id of only) {
		sent = 0;
		const result = (await runKit({ handle }, { ...RUN, selection: { only: [id] } })).checks[0];
		expect([result?.id, result?.status, result?.evidence?.message]).toEqual([id, "pass", undefined]);
		expect(result?.notes?.some((note) => note.includes("a fixed window may have turned over"))).toBe(true);
	}
});

/**
 * The rate-limit checks against their own app with no fetchFrom, as against a remote target: every
 * request comes from the kit's one address, which each check first lets rest for a minute (here on
 * the app's clock).
 */
const runFromOneAddress = async (defects: DefectName[] = []): Promise<CheckResult[]> => {
	const profile = KIT_PROFILES.quark;
	if (!profile) throw new Error("no quark kit profile");
	const { app, runtime } = await makeTestApp({ profile: "quark", defects });
	const run = await runChecks({
		...fromProfile(profile),
		checks: selectChecks(await loadCatalogue(profile.catalogues), { only: ["quark/rate-limits/*"] }),
		target: handlerTarget((request) => app.handle(request), { wait: async (ms) => void runtime.clock.advance(ms) }),
		config: { controlUrl: "http://localhost" },
		options: { ...DEFAULT_RUN_OPTIONS, ...RUN.options, seed: TEST_SEED },
	});
	return run.checks;
};

describe("without source addresses (a remote target), the rate-limit checks run from the kit's one address", () => {
	test("each passes on the reference, but per-client, which skips", async () => {
		const results = await runFromOneAddress();
		expect(results.map((result) => [result.id, result.status, result.evidence?.message ?? result.missing])).toEqual(
			results.map((result) => [result.id, ...(result.id === "quark/rate-limits/per-client" ? ["skip", ["source-addresses"]] : ["pass", undefined])]),
		);
	});

	test("each but per-client still fails with no rate limit", async () => {
		const results = await runFromOneAddress(["no-rate-limit"]);
		expect(results.filter((result) => result.status !== "skip").map((result) => [result.id, result.status])).toEqual(
			results.filter((result) => result.id !== "quark/rate-limits/per-client").map((result) => [result.id, "fail"]),
		);
	});
});
