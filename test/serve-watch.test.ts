// `gatecheck serve --watch` (issue 19, scope 5), the real command in a child process: an edit to the
// fixtures file is served at once and named on stdout; an edit with a mistake is refused on stderr in
// the words of a start, and the previous fixtures stay served; the journal outlives a reload; and
// --watch without --fixtures is a usage error. Each step waits for the server's line, never a sleep.
import { afterAll, describe, expect, test } from "bun:test";
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChildServer, ROOT, START_TIMEOUT_MS, startServe, waitForLine } from "./support/child-server.ts";

const work = mkdtempSync(join(tmpdir(), "gatecheck-serve-watch-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DENO = `${ROOT}node_modules/.bin/deno`;
const LINE_TIMEOUT_MS = 5_000;
const NEWCOMER = { email: "new@example.com", password: "newcomer-password" };
const CUSTOMER = { email: "customer@example.com", password: "supersecret" };

type Fixtures = { customers: Record<string, unknown>[] } & Record<string, unknown>;

/** A starter file as `gatecheck fixtures init` writes it: the shipped medusa-v2 fixtures, in a folder of the test's own. */
const starterFile = (name: string): string => {
	const path = join(work, `${name}.json`);
	copyFileSync(join(ROOT, "fixtures", "medusa-v2.json"), path);
	return path;
};

/** Saves as most editors do: a new file renamed over the old one. */
const saveByRename = (path: string, fixtures: Fixtures): void => {
	writeFileSync(`${path}.tmp`, JSON.stringify(fixtures, null, 2));
	renameSync(`${path}.tmp`, path);
};

const readFixtures = (path: string): Fixtures => JSON.parse(readFileSync(path, "utf8")) as Fixtures;

const withNewcomer = (fixtures: Fixtures): Fixtures => ({ ...fixtures, customers: [...fixtures.customers, { id: "cus_01JGATECHECKCVS00000000099", ...NEWCOMER }] });

/** `serve --watch --fixtures <path> …args` on a free port, once its banner has said it watches (its `banner` line). */
const startWatching = (path: string, args: string[], runtime?: string[]): Promise<ChildServer> =>
	startServe(["--argon2", "test", "--fixtures", path, "--watch", ...args], runtime, {}, "  watching ");

const login = async (url: string, credentials: { email: string; password: string }): Promise<number> =>
	(
		await fetch(`${url}/auth/customer/emailpass`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify(credentials),
			signal: AbortSignal.timeout(LINE_TIMEOUT_MS),
		})
	).status;

/** The journal's paths and statuses, oldest first. */
const journal = async (url: string): Promise<string[]> => {
	const { requests } = (await (await fetch(`${url}/__control/requests`)).json()) as { requests: { id: number; path: string; status: number }[] };
	return requests.toSorted((a, b) => a.id - b.id).map((entry) => `${entry.path} ${entry.status}`);
};

/** An account added to the file can log in once the reload line names it; the journal keeps what came before. */
const addCustomerWhileServing = async (runtime?: string[]): Promise<void> => {
	const path = starterFile(`add-${runtime ? "deno" : "bun"}`);
	const server = await startWatching(path, ["--control"], runtime);
	try {
		expect(server.banner).toContain(`watching   ${path} for changes`);
		expect(await login(server.url, NEWCOMER)).toBe(401);
		saveByRename(path, withNewcomer(readFixtures(path)));
		const line = await waitForLine(server.stdout, "fixtures reloaded", LINE_TIMEOUT_MS);
		expect(line).toBe(`fixtures reloaded (${path}): customers +1 (new@example.com); sessions, outbox, clock and accounts start afresh from the file`);
		expect(line).not.toContain(NEWCOMER.password);
		expect(await login(server.url, NEWCOMER)).toBe(200);
		expect((await journal(server.url)).filter((entry) => entry.startsWith("/auth/"))).toEqual(["/auth/customer/emailpass 401", "/auth/customer/emailpass 200"]);
	} finally {
		await server.stop();
	}
};

describe("gatecheck serve --watch", () => {
	test("an account added to the file is named on stdout and can log in at once; the journal outlives the reload", () => addCustomerWhileServing(), 10_000);

	test("a file with a mistake is refused on stderr as at start, the previous fixtures stay served, and the next good edit is taken", async () => {
		const path = starterFile("broken");
		// Without --control or --log nothing journals: the reload must reach past Elysia's own listen all the same.
		const server = await startWatching(path, []);
		try {
			const good = readFixtures(path);
			// Written in place, not renamed: the watch sees a truncation and a write, and reads the file once.
			writeFileSync(path, JSON.stringify({ ...good, customers: [good.customers[0], { ...good.customers[1], email: 42 }] }));
			const refused = await waitForLine(server.stderr, "still serving", LINE_TIMEOUT_MS);
			expect(refused).toBe("gatecheck serve: --fixtures: customers[1].email: expected a string, got 42; still serving the previous fixtures");
			expect(await login(server.url, CUSTOMER)).toBe(200);

			writeFileSync(path, "{ \"customers\": [ }");
			expect(await waitForLine(server.stderr, "still serving", LINE_TIMEOUT_MS)).toContain(`gatecheck serve: --fixtures: ${path}: not JSON at line 1`);

			saveByRename(path, withNewcomer(good));
			const line = await waitForLine(server.stdout, "fixtures reloaded", LINE_TIMEOUT_MS);
			expect(line).toStartWith(`fixtures reloaded (${path}): customers +1 (new@example.com);`);
			expect(await login(server.url, NEWCOMER)).toBe(200);
		} finally {
			await server.stop();
		}
	}, 10_000);

	test("saving the same data again changes nothing: the state is kept (an account registered before still logs in)", async () => {
		const path = starterFile("same");
		const server = await startWatching(path, []);
		try {
			const registered = await fetch(`${server.url}/auth/customer/emailpass/register`, {
				method: "POST",
				headers: { "content-type": "application/json" },
				body: JSON.stringify(NEWCOMER),
			});
			expect(registered.status).toBe(200);
			saveByRename(path, { ...readFixtures(path), $comment: "edited only for editors" });
			expect(await waitForLine(server.stdout, "fixtures reloaded", LINE_TIMEOUT_MS)).toBe(`fixtures reloaded (${path}): no change; sessions, outbox and clock kept`);
			expect(await login(server.url, NEWCOMER)).toBe(200);
		} finally {
			await server.stop();
		}
	}, 10_000);

	test("--watch without --fixtures is a usage error; --help lists --watch and gatecheck fixtures init", () => {
		const serve = (...args: string[]) => Bun.spawnSync([process.execPath, "run", join(ROOT, "src", "main.ts"), "serve", ...args]);
		const refused = serve("--watch");
		expect(refused.exitCode).toBe(2);
		expect(refused.stderr.toString().split("\n")[0]).toBe("gatecheck: --watch needs --fixtures <file>");
		const help = serve("--help").stdout.toString();
		expect(help).toContain("  --watch               reload --fixtures <file> whenever it changes");
		expect(help).toContain("gatecheck fixtures init writes a starter file to edit");
	});

	test("on Deno too", () => addCustomerWhileServing([DENO, "run", "-A", "--cached-only"]), START_TIMEOUT_MS + 10_000);
});
