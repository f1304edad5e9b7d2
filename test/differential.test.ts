// The differential tool (scripts/differential, docs/DIFFERENTIAL.md) on two reference servers:
// against itself it must find nothing, though every id, token, cookie and date differs between
// the two; against a reference with one defect it must report that defect's difference class.
import { afterAll, describe, expect, test } from "bun:test";
import type { ServerTarget } from "../scripts/differential/executor.ts";
import { controlOutbox } from "../scripts/differential/reset-mail.ts";
import { runDifferential } from "../scripts/differential/run.ts";
import { ROOT } from "./support/child-server.ts";
import { ADMIN, type ListeningApp, listenOnFreePort, makeTestApp, PUBLISHABLE_KEY } from "./support/test-app.ts";

const SEED = 20261207;
const RUNS = 10;

const listening: ListeningApp[] = [];
afterAll(async () => {
	await Promise.all(listening.map((server) => server.stop()));
});

/** A reference on a free port, as the tool sees any server: a URL, a key, an admin, an outbox. */
const reference = async (defects: string[] = []): Promise<ServerTarget> => {
	const { app } = await makeTestApp({ defects });
	const server = listenOnFreePort(app);
	listening.push(server);
	return { baseUrl: server.baseUrl, publishableKey: PUBLISHABLE_KEY, admin: ADMIN, resetMail: await controlOutbox(server.baseUrl) };
};

describe("differential tool", () => {
	test("reference vs reference: every exchange agrees once ids, tokens, cookies and dates are normalised", async () => {
		const report = await runDifferential({ a: await reference(), b: await reference(), runs: RUNS, seed: SEED, tag: "same" });
		expect(report.exchanges).toBeGreaterThanOrEqual(30);
		expect(report.classes.map((c) => `${c.key}: ${JSON.stringify(c.example.mismatches[0])}`)).toEqual([]);
		expect(report.agreementRate).toBe(100);
		// Agreement that means something: the bodies differ byte for byte, and the steps succeed.
		const differentBytes = report.records.filter((record) => record.a.body !== record.b.body);
		expect(differentBytes.some((record) => record.route === "/store/customers" && record.a.status === 200)).toBe(true);
		expect(differentBytes.some((record) => record.a.setCookies.length > 0)).toBe(true);
		expect(report.records.some((record) => record.label.startsWith("update password") && record.a.status === 200)).toBe(true);
	});

	test("reference vs a reference that refuses sign-ups: POST /store/customers is a difference class", async () => {
		const report = await runDifferential({
			a: await reference(),
			b: await reference(["store-customers-refuses-registration"]),
			runs: RUNS,
			seed: SEED,
			tag: "defect",
		});
		const signUps = report.classes.find((c) => c.key === "POST /store/customers status 200≠401");
		expect(signUps?.count).toBeGreaterThan(0);
		expect(signUps?.example.b.body).toBe('{"message":"Unauthorized"}');
		expect(report.agreementRate).toBeLessThan(100);
	});

	test("a usage error is one line and exit code 2", () => {
		const run = Bun.spawnSync([process.execPath, "run", "scripts/differential/main.ts", "--a", "http://127.0.0.1:1"], { cwd: ROOT });
		expect(run.exitCode).toBe(2);
		expect(run.stderr.toString().trim().split("\n")).toEqual(["differential: --key-a <publishable key> is required (see --help)"]);
	});
});
