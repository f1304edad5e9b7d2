// No stack trace for any user input (issue 16): every bad input a user can give `gatecheck serve`
// and `gatecheck check` gets one line saying what is wrong and where, and the documented exit code
// (serve: 2 bad input, 1 the port cannot be bound; check: 2 bad input, 3 the target failed the
// preflight). Each case runs the real command in its own process, as a user would; the control
// API's misses are test/kit/preflight.test.ts's.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, ROOT } from "./support/child-server.ts";

const MAIN = join(ROOT, "src", "main.ts");
const DENO = join(ROOT, "node_modules", ".bin", "deno");
const dir = mkdtempSync(join(tmpdir(), "gatecheck-bad-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

/** A port this test holds without reusePort, so that no other server can share it. */
const held = Bun.serve({ port: 0, hostname: "127.0.0.1", reusePort: false, fetch: () => new Response("held") });
afterAll(() => held.stop(true));

/** A port nothing listens on. */
const closedPort = await freePort();

interface Case {
	input: string;
	argv: string[];
	exitCode: number;
	says: RegExp;
	runtime?: "deno";
}

const CASES: Case[] = [
	{ input: "fixtures that are not JSON", argv: ["serve", "--fixtures", file("bad.json", "{bad")], exitCode: 2, says: /^gatecheck serve: --fixtures: .*bad\.json: not JSON at line 1, column 2: expected a property name in double quotes, found "bad"$/ },
	{ input: "a fixtures file that does not exist", argv: ["serve", "--fixtures", join(dir, "nope.json")], exitCode: 2, says: /^gatecheck serve: --fixtures: .*nope\.json: no such file$/ },
	{ input: "fixtures whose user has no password", argv: ["serve", "--fixtures", file("nopw.json", '{"users":[{"id":"u1","email":"a@example.com"}]}')], exitCode: 2, says: /^gatecheck serve: --fixtures: users\[0\]\.password: missing; expected a string$/ },
	{ input: 'fixtures {"foo":1}', argv: ["serve", "--fixtures", file("foo.json", '{"foo":1}')], exitCode: 2, says: /^gatecheck serve: --fixtures: foo: unknown section \(this profile reads users, customers, / },
	{ input: "--host 999.1.1.1", argv: ["serve", "--host", "999.1.1.1", "--port", String(closedPort)], exitCode: 1, says: /^gatecheck serve: cannot listen on 999\.1\.1\.1:\d+: 999\.1\.1\.1 is not an address of this machine/ },
	{ input: "a port in use (Bun)", argv: ["serve", "--port", String(held.port)], exitCode: 1, says: /^gatecheck serve: cannot listen on 127\.0\.0\.1:\d+: the port is in use/ },
	{ input: "a port in use (Deno)", argv: ["serve", "--port", String(held.port)], exitCode: 1, says: /^gatecheck serve: cannot listen on 127\.0\.0\.1:\d+: the port is in use/, runtime: "deno" },
	{ input: "a --target file that is not JSON", argv: ["check", "http://127.0.0.1:9", "--target", file("t-bad.json", "{bad")], exitCode: 2, says: /^gatecheck check: --target .*t-bad\.json: not JSON/ },
	{ input: "a --target file that does not exist", argv: ["check", "http://127.0.0.1:9", "--target", join(dir, "t-nope.json")], exitCode: 2, says: /^gatecheck check: --target .*t-nope\.json: no such file$/ },
	{ input: "a --target field of the wrong type", argv: ["check", "http://127.0.0.1:9", "--target", file("t-type.json", '{"publishableKey":5}')], exitCode: 2, says: /^gatecheck check: --target .*: \/publishableKey: Expected string$/ },
	{ input: "a misspelt --target field", argv: ["check", "http://127.0.0.1:9", "--target", file("t-typo.json", '{"publishablekey":"pk_1"}')], exitCode: 2, says: /^gatecheck check: --target .*: \/publishablekey: unknown field \(fields: \$schema, publishableKey,/ },
	{ input: "--out where no folder can be", argv: ["check", "http://127.0.0.1:9", "--out", join(file("a-file", ""), "reports")], exitCode: 2, says: /^gatecheck check: --out .*: not a directory$/ },
	{ input: "--smtp that is no SMTP URL", argv: ["serve", "--smtp", "http://127.0.0.1:1025"], exitCode: 2, says: /^gatecheck: --smtp must be an smtp:\/\/ or smtps:\/\/ URL such as smtp:\/\/127\.0\.0\.1:1025, got "http:\/\/127\.0\.0\.1:1025"$/ },
	{ input: "--smtp-sink that is no port", argv: ["check", "http://127.0.0.1:9", "--smtp-sink", "mail.example"], exitCode: 2, says: /^gatecheck check: --smtp-sink must be a port or host:port, such as 2525 or 127\.0\.0\.1:2525, got "mail\.example"$/ },
	{ input: "two reset-mail sources", argv: ["check", "http://127.0.0.1:9", "--reset-log", "r.log", "--smtp-sink", "2525"], exitCode: 2, says: /^gatecheck check: give one reset-mail source, not --reset-log and --smtp-sink$/ },
	{ input: "a --mail-token-pattern that is no regular expression", argv: ["check", "http://127.0.0.1:9", "--smtp-sink", "2525", "--mail-token-pattern", "token=("], exitCode: 2, says: /^gatecheck check: --mail-token-pattern is not a regular expression: / },
	{ input: "a URL where nothing listens", argv: ["check", `http://127.0.0.1:${closedPort}`], exitCode: 3, says: /^gatecheck check: nothing answers at http:\/\/127\.0\.0\.1:\d+ \(connection refused\)/ },
	{ input: "a URL of something else", argv: ["check", `http://127.0.0.1:${held.port}`], exitCode: 3, says: /^gatecheck check: http:\/\/127\.0\.0\.1:\d+ does not look like medusa-v2: GET \/store\/customers\/me answered 200 text\/plain/ },
];

const run = async ({ argv, runtime }: Case): Promise<{ exitCode: number; err: string }> => {
	const command = runtime === "deno" ? [DENO, "run", "-A", "--cached-only", MAIN, ...argv] : [process.execPath, "run", MAIN, ...argv];
	// The server of a case that wrongly started would never exit: a deadline ends it.
	const child = Bun.spawn(command, { cwd: dir, stdout: "ignore", stderr: "pipe", env: { ...process.env, NO_COLOR: "1" } });
	const deadline = setTimeout(() => child.kill(), 15_000);
	const [exitCode, err] = await Promise.all([child.exited, new Response(child.stderr).text()]);
	clearTimeout(deadline);
	return { exitCode, err };
};

describe("bad input gets one line and its exit code, never a stack trace", () => {
	test.each(CASES.map((c) => [c.input, c] as const))("%s", async (_input, badInput) => {
		const { exitCode, err } = await run(badInput);
		// A usage error follows its line with the command's help, after a blank line.
		const [message = "", help] = err.trimEnd().split("\n\n", 2);
		expect({ exitCode, lines: message.split("\n").length, after: help?.split("\n")[0] ?? "" }).toEqual({
			exitCode: badInput.exitCode,
			lines: 1,
			after: help === undefined ? "" : expect.stringMatching(/^Usage: gatecheck /),
		});
		expect(message).toMatch(badInput.says);
		expect(err).not.toMatch(/\n\s+at |^\d+ \| /m);
	}, 20_000);
});
