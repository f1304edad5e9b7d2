// `gatecheck serve --log`, `--latency`, `--fault` and `--seed` as a developer runs them (issue 19,
// scopes 1 and 4): a real server process, a line on stdout per request saying who called or why it
// was refused, the failures listed in the banner, and the flags' usage errors.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { join } from "node:path";
import { bannerLines } from "../../src/cli/banner.ts";
import { readServeOptions } from "../../src/cli/serve-options.ts";
import { type ChildServer, startServe, waitForLine } from "../support/child-server.ts";
import { CUSTOMER, PUBLISHABLE_KEY } from "../support/test-app.ts";

const MAIN = join(import.meta.dir, "..", "..", "src", "main.ts");
const serve = (...args: string[]) => {
	const child = Bun.spawnSync([process.execPath, "run", MAIN, "serve", ...args]);
	return { exitCode: child.exitCode, err: child.stderr.toString() };
};

describe("serve --log", () => {
	let server: ChildServer;
	beforeAll(async () => {
		server = await startServe(["--log", "--argon2", "test"]);
	});
	afterAll(() => server.stop());

	const logged = (needle: string) => waitForLine(server.stdout, needle, 5000);

	test("a login, a /store call, and a 401 with its reason, one line each", async () => {
		const login = await fetch(`${server.url}/auth/customer/emailpass`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify(CUSTOMER),
		});
		const { token } = (await login.json()) as { token: string };
		expect(await logged("POST /auth/customer/emailpass 200")).toMatch(/^\d\d:\d\d:\d\d\.\d{3} POST \/auth\/customer\/emailpass 200 \d+ms anonymous → token for customer cus_\w+$/);

		await fetch(`${server.url}/store/products?limit=1`, { headers: { "x-publishable-api-key": PUBLISHABLE_KEY, authorization: `Bearer ${token}` } });
		expect(await logged("GET /store/products")).toMatch(/ GET \/store\/products\?limit=1 200 \d+ms key "Storefront", customer cus_\w+ via bearer$/);

		// One character of the signature changed: still base64url, no longer this server's MAC.
		const altered = `${token.slice(0, -8)}${token.at(-8) === "A" ? "B" : "A"}${token.slice(-7)}`;
		await fetch(`${server.url}/store/customers/me`, { headers: { "x-publishable-api-key": PUBLISHABLE_KEY, authorization: `Bearer ${altered}` } });
		expect(await logged("GET /store/customers/me")).toMatch(/ GET \/store\/customers\/me 401 \d+ms key "Storefront" ✗ bearer token signature does not verify .* · "Unauthorized"$/);
	});

});

describe("the banner", () => {
	const lines = async (...args: string[]) => {
		const options = await readServeOptions(["--argon2", "test", ...args], {});
		if (options === "help" || "listDefects" in options) throw new Error("not a server's options");
		return bannerLines(options, "http://127.0.0.1:9000");
	};

	test("says whether the log is on", async () => {
		expect(await lines("--log")).toContain("  log        one line per request below");
		expect((await lines()).find((line) => line.startsWith("  log "))).toContain("off (start with --log");
	});

	test("lists the latency, each fault rule and the seed that repeats them", async () => {
		const shown = await lines("--latency", "50-300ms", "--fault", "POST /auth/*=503@10%", "--fault", "/store/*=500@1%", "--seed", "42");
		expect(shown).toContain("  latency    50-300ms on every request");
		expect(shown).toContain("  FAULT      POST /auth/*=503@10%");
		expect(shown).toContain("  FAULT      /store/*=500@1%");
		expect(shown).toContain("  seed       42   (--seed 42 repeats the same failures for the same requests)");
		expect((await lines()).some((line) => line.includes("seed"))).toBe(false);
	});

	test("a random seed when none is given, printed so the run can be repeated", async () => {
		const seedLine = (await lines("--latency", "5ms")).find((line) => line.startsWith("  seed "));
		expect(seedLine).toMatch(/^  seed       (\d+)   \(--seed \1 repeats/);
	});
});

describe("serve --latency and --fault", () => {
	test("a faulted request's log line names its rule and its latency", async () => {
		const server = await startServe(["--log", "--argon2", "test", "--latency", "1-5ms", "--fault", "POST /auth/*=503@100%", "--seed", "42"]);
		try {
			await fetch(`${server.url}/auth/customer/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(CUSTOMER) });
			expect(await waitForLine(server.stdout, "POST /auth/customer/emailpass", 5000)).toMatch(/ 503 \d+ms anonymous \[fault POST \/auth\/\*=503@100%\] \[\+[1-5]ms latency\]$/);
		} finally {
			await server.stop();
		}
	});

	test.each([
		[["--fault", "POST /auth/*"], "--fault must look like 'POST /auth/*=503@10%'"],
		[["--latency", "slow"], "--latency must look like 50-300ms"],
		[["--seed", "7"], "--seed seeds --latency and --fault; give one of them too"],
		[["--latency", "5ms", "--seed", "x"], "--seed must be a whole number"],
	])("%j is a usage error saying why", (args, message) => {
		const { exitCode, err } = serve(...args);
		expect(exitCode).toBe(2);
		expect(err).toContain(`gatecheck: ${message}`);
	});
});
