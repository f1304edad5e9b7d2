// The preflight (issue 16): before any check, `gatecheck check` makes sure something answers at the
// URL, that it answers like the profile, and that a given control API answers and serves the same
// profile. Each miss is one line on stderr and exit 3, never a run of per-check errors.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheckCommand } from "../../conformance/cli.ts";
import { freePort } from "../support/child-server.ts";
import { listenOnFreePort, makeTestApp } from "../support/test-app.ts";

const outDir = mkdtempSync(join(tmpdir(), "gatecheck-preflight-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Runs `gatecheck check` and gives its exit code and what it printed on each stream. */
const check = async (argv: string[]): Promise<{ code: number; out: string; err: string }> => {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCheckCommand([...argv, "--reporter", "console,json", "--out", outDir], { out: (text) => void out.push(text), err: (text) => void err.push(text) });
	// picocolors colours output under CI=true; the assertions are about the words.
	const plain = (text: string[]): string => text.join("").replace(/\u001b\[[0-9;]*m/g, "");
	return { code, out: plain(out), err: plain(err) };
};


const expectOneLine = (err: string, words: RegExp): void => {
	expect(err).toMatch(words);
	expect(err.trimEnd().split("\n")).toHaveLength(1);
	expect(err).not.toMatch(/\n\s+at /);
};

describe("gatecheck check's preflight", () => {
	const servers: Array<{ stop(): unknown }> = [];
	let staticUrl = "";
	let medusaUrl = "";
	let carphacomUrl = "";

	beforeAll(async () => {
		// A plain static file server: an HTML page for /, 404 for anything else.
		const files = Bun.serve({
			port: 0,
			hostname: "127.0.0.1",
			fetch: (request) =>
				new URL(request.url).pathname === "/" ? new Response("<html><body>Welcome</body></html>", { headers: { "content-type": "text/html" } }) : new Response("Not Found", { status: 404, headers: { "content-type": "text/html" } }),
		});
		servers.push({ stop: () => files.stop(true) });
		staticUrl = `http://127.0.0.1:${files.port}`;
		for (const [profile, set] of [
			["medusa-v2", (url: string) => void (medusaUrl = url)],
			["carphacom", (url: string) => void (carphacomUrl = url)],
		] as const) {
			const listening = listenOnFreePort((await makeTestApp({ profile })).app);
			servers.push(listening);
			set(listening.baseUrl);
		}
	});
	afterAll(async () => {
		for (const server of servers) await server.stop();
	});

	test("nothing listening: exit 3 and one line, with no check run", async () => {
		const url = `http://127.0.0.1:${await freePort()}`;
		const { code, out, err } = await check([url]);
		expect(code).toBe(3);
		expectOneLine(err, new RegExp(`nothing answers at ${url} \\(connection refused\\)`));
		expect(out).toBe("");
	});

	test("a static file server: exit 3, it does not look like medusa-v2, with what it answered", async () => {
		const { code, err } = await check([staticUrl]);
		expect(code).toBe(3);
		expectOneLine(err, /does not look like medusa-v2: GET \/store\/customers\/me answered 404 text\/html, where medusa-v2 answers 400/);
	});

	test("the same static server under the quark and medusa-v1 profiles: exit 3 each", async () => {
		for (const profile of ["quark", "medusa-v1"]) {
			const { code, err } = await check([staticUrl, "--profile", profile]);
			expect(code).toBe(3);
			expectOneLine(err, new RegExp(`does not look like ${profile}`));
		}
	});

	test("a --control URL where nothing listens, and one without the control API: exit 3 each", async () => {
		const nowhere = `http://127.0.0.1:${await freePort()}`;
		const refused = await check([medusaUrl, "--control", nowhere]);
		expect(refused.code).toBe(3);
		expectOneLine(refused.err, new RegExp(`no control API at ${nowhere}: connection refused`));
		const plain = await check([medusaUrl, "--control", staticUrl]);
		expect(plain.code).toBe(3);
		expectOneLine(plain.err, /no control API at .*answered 404/);
	});

	test("a control API of another profile: exit 3, naming the profile it serves", async () => {
		const { code, err } = await check([carphacomUrl, "--control", carphacomUrl]);
		expect(code).toBe(3);
		expectOneLine(err, /the control API at .* serves the carphacom profile, not medusa-v2: give --profile carphacom/);
	});

	test("the right profile passes the preflight and runs its checks; --no-preflight runs them even on the static server", async () => {
		const right = await check([carphacomUrl, "--profile", "carphacom", "--control", carphacomUrl, "--only", "medusa-v2/login/*"]);
		expect([right.code, right.err]).toEqual([0, ""]);
		expect(right.out).toMatch(/total: \d+ pass, 0 fail/);
		const forced = await check([staticUrl, "--no-preflight", "--only", "medusa-v2/login/*"]);
		expect(forced.code).toBe(1);
		expect(forced.out).toMatch(/total: 0 pass, \d+ fail/);
	}, 30_000);
});
