// An implementer's own test: gatecheck's medusa-v2 login and bearer checks against your server,
// beside your other tests. In your project save it as, say, test/gatecheck.test.ts and run
// `bun test`. It is named .example.ts here only so that this repository's own `bun test` leaves
// it out; test/kit/readme-example.test.ts runs it against the reference server.
import { expect, test } from "bun:test";
import { DEFAULT_RUN_OPTIONS, fromProfile, httpTarget, KIT_PROFILES, loadCatalogue, runChecks, selectChecks } from "gatecheck-commerce/kit";

// Your server's test build, listening, with the control API of conformance/CONTROL.md on: it hands
// the kit the publishable key and credentials, and moves the clock for expiry checks.
const BASE_URL = process.env.SHOP_URL ?? "http://127.0.0.1:9000";

test("my shop keeps the medusa-v2 login and bearer rules", async () => {
	const profile = KIT_PROFILES["medusa-v2"];
	const checks = selectChecks(await loadCatalogue(profile.catalogues), { only: ["medusa-v2/login/*", "medusa-v2/bearer/*"] });
	const run = await runChecks({
		...fromProfile(profile),
		checks,
		target: httpTarget(BASE_URL),
		// Without a control API, say here what the checks need: { publishableKey: "pk_…", admin: { email, password } }.
		config: { controlUrl: BASE_URL },
		options: DEFAULT_RUN_OPTIONS,
	});
	const problems = run.checks.filter((check) => check.status === "fail" || check.status === "error");
	expect(problems.map((check) => `${check.id}: ${check.evidence?.message}`)).toEqual([]);
	expect(run.summary.pass).toBeGreaterThan(0);
}, 60_000);
