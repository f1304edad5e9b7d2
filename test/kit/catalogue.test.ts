// The medusa-v2 catalogue as a whole: well-formed (every reference resolves, every capability is
// known), big enough, and clean against the reference server run in-process with every capability.
import { describe, expect, test } from "bun:test";
import { CAPABILITIES } from "../../conformance/kit/capabilities.ts";
import { loadCatalogue } from "../../conformance/kit/catalogue.ts";
import { MEDUSA_V2_CAPABILITIES } from "../../conformance/profiles/medusa-v2/capabilities.ts";
import { MEDUSA_V2_REFS } from "../../conformance/profiles/medusa-v2/refs.ts";
import { runKit } from "../support/kit.ts";
import { makeTestApp, TEST_JWT_SECRET } from "../support/test-app.ts";

const catalogue = await loadCatalogue(["medusa-v2"]);

describe("the medusa-v2 catalogue", () => {
	test("has at least 50 checks, each citing known references and needing known capabilities", () => {
		expect(catalogue.length).toBeGreaterThanOrEqual(50);
		for (const check of catalogue) {
			for (const ref of check.refs) expect(Object.hasOwn(MEDUSA_V2_REFS, ref), `${check.id} cites ${ref}`).toBe(true);
			for (const capability of check.requires)
				expect(Object.hasOwn(CAPABILITIES, capability) || Object.hasOwn(MEDUSA_V2_CAPABILITIES, capability), `${check.id} requires ${capability}`).toBe(true);
		}
	});

	test("every area is one the seen-to-fail tests prove (test/kit/seen-to-fail-*.test.ts)", () => {
		// A new area needs its own seen-to-fail rows before it joins this list.
		const proven = ["register", "login", "bearer", "expiry", "refresh", "session", "publishable-key", "admin", "cors", "reset", "hardening", "properties", "account", "routes", "third-party"];
		const areas = new Set(catalogue.map((check) => check.id.split("/")[1] ?? ""));
		expect([...areas].filter((area) => !proven.includes(area))).toEqual([]);
	});

	test("contract checks cite the seed document; hardening checks cite a standard", () => {
		for (const check of catalogue) {
			const kinds = check.refs.map((ref) => MEDUSA_V2_REFS[ref as keyof typeof MEDUSA_V2_REFS].kind);
			if (check.tier === "contract") expect(kinds, check.id).toContain("seed");
			if (check.tier === "hardening") expect(kinds, check.id).toContain("standard");
		}
	});

	test("every check passes against the reference in-process (strict and hardening on)", async () => {
		const { app } = await makeTestApp();
		const run = await runKit(app, { config: { jwtSecret: TEST_JWT_SECRET }, options: { strict: true, hardening: true } });
		const problems = run.checks.filter((check) => check.status !== "pass" && check.status !== "skip");
		expect(problems.map((check) => `${check.status} ${check.id}: ${check.evidence?.message}`)).toEqual([]);
		// Only checks that need what an in-process run cannot offer may skip.
		const skipped = run.checks.filter((check) => check.status === "skip").flatMap((check) => check.missing ?? []);
		for (const capability of skipped) expect(["slow-expiry", "tls"]).toContain(capability);
		console.log(`catalogue against the reference: ${run.summary.pass} pass, ${run.summary.skip} skip of ${run.checks.length} in ${(run.summary.durationMs / 1000).toFixed(1)} s`);
	}, 120_000);
});
