// The processes a benchmark measures: the reference as `gatecheck serve` (Bun or Deno), the bare
// ceilings, and small helpers to talk to them. Every process is ours, started here and stopped by
// its own handle; RSS is read from /proc/<pid>/status of the server process itself.
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "../../test/support/child-server.ts";

export const ROOT = join(import.meta.dir, "..", "..");
export const BUN = process.execPath;
export const DENO = realpathSync(join(ROOT, "node_modules", ".bin", "deno"));
export const PK = "pk_0000000000000000000000000000000000000000000000000000000000000001";
export const CUSTOMER = { email: "customer@example.com", password: "supersecret" };

export interface Server {
	name: string;
	url: string;
	pid: number;
	/** Milliseconds from spawn to the first answered HTTP request. */
	startMs: number;
	/** SIGUSR2 runs a full garbage collection (COLLECT_ON_SIGNAL); to any other server it is fatal. */
	collectable?: boolean;
	stop(): Promise<void>;
}

/** Resident set size of `pid`, in MiB (VmRSS), or the peak (VmHWM). */
export const rssMiB = (pid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number => {
	const kib = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1];
	return kib === undefined ? Number.NaN : Number(kib) / 1024;
};

/** Polls `url` until anything answers; the time it took, from `since`. */
const firstAnswer = async (url: string, since: number, exited: Promise<number>, timeoutMs: number): Promise<number> => {
	let gone = false;
	void exited.then(() => (gone = true));
	while (performance.now() - since < timeoutMs) {
		if (gone) throw new Error(`the server at ${url} exited before answering`);
		try {
			await fetch(url, { signal: AbortSignal.timeout(1000) }).then((response) => response.arrayBuffer());
			return performance.now() - since;
		} catch {
			await Bun.sleep(2);
		}
	}
	throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
};

export const spawnServer = async (
	name: string,
	command: (port: number) => string[],
	probePath = "/store/customers/me",
	env: Record<string, string> = {},
): Promise<Server> => {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const started = performance.now();
	const child = Bun.spawn(command(port), {
		cwd: ROOT,
		env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1", ...env },
		stdout: "ignore",
		stderr: "inherit",
	});
	const stop = async (): Promise<void> => {
		child.kill();
		await child.exited;
	};
	try {
		const startMs = await firstAnswer(`${url}${probePath}`, started, child.exited, 30_000);
		return { name, url, pid: child.pid, startMs, stop };
	} catch (error) {
		await stop();
		throw error;
	}
};

/** Preloaded into a reference on Bun that the memory benchmarks read at rest (readAtRest, memory.ts). */
export const COLLECT_ON_SIGNAL = "./bench/lib/collect-on-signal.ts";

/**
 * `gatecheck serve --profile <profile>` (medusa-v2 unless told) with the fixtures and default
 * settings (OWASP argon2). `collectable`: on Bun only, with COLLECT_ON_SIGNAL preloaded (SIGUSR2
 * runs a full collection).
 */
export const startReference = async (runtime: "bun" | "deno", extra: string[] = [], collectable = false, profile = "medusa-v2"): Promise<Server> => {
	if (collectable && runtime !== "bun") throw new Error("only a reference on Bun collects on SIGUSR2");
	const server = await spawnServer(`reference on ${runtime}`, (port) => [
		...(runtime === "bun" ? [BUN, "run", ...(collectable ? ["--preload", COLLECT_ON_SIGNAL] : [])] : [DENO, "run", "-A", "--cached-only"]),
		"src/main.ts",
		"serve",
		"--profile",
		profile,
		"--port",
		String(port),
		...extra,
	]);
	return { ...server, collectable };
};

/** An answer the ceilings send: its body, and its headers but those the runtime writes itself. */
export interface FixedAnswer {
	body: string;
	headers: Record<string, string>;
}

/** A bare Bun.serve / Deno.serve that answers every request with `answer`: the ceiling. */
export const startCeiling = (runtime: "bun" | "deno", name: string, answer: FixedAnswer): Promise<Server> =>
	spawnServer(
		name,
		(port) =>
			runtime === "bun"
				? [BUN, "run", "bench/ceiling-bun.ts", String(port)]
				: [DENO, "run", "--allow-net", "--allow-env", "bench/ceiling-deno.ts", String(port)],
		"/",
		{ GATECHECK_BENCH_BODY: answer.body, GATECHECK_BENCH_HEADERS: JSON.stringify(answer.headers) },
	);

const post = async (url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
	fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

/** A customer token from POST /auth/customer/emailpass. */
export const login = async (url: string, credentials = CUSTOMER): Promise<string> => {
	const response = await post(`${url}/auth/customer/emailpass`, credentials);
	if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
	return ((await response.json()) as { token: string }).token;
};

/** The `connect.sid=…` pair of a new session made from `token` (POST /auth/session). */
export const sessionCookie = async (url: string, token: string): Promise<string> => {
	const response = await post(`${url}/auth/session`, {}, { authorization: `Bearer ${token}` });
	const cookie = response.headers.get("set-cookie")?.split(";")[0];
	if (response.status !== 200 || !cookie) throw new Error(`POST /auth/session answered ${response.status}`);
	return cookie;
};

/** The runtime adds these to any answer, the ceilings' too. */
const WRITTEN_BY_THE_RUNTIME = new Set(["date", "content-length"]);

/** The 200 answer of GET `path` with `headers`, as a ceiling would send it. */
export const answerOf = async (url: string, path: string, headers: Record<string, string>): Promise<FixedAnswer> => {
	const response = await fetch(`${url}${path}`, { headers });
	if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
	const kept = [...response.headers].filter(([name]) => !WRITTEN_BY_THE_RUNTIME.has(name));
	return { body: await response.text(), headers: Object.fromEntries(kept) };
};

export const meAnswer = (url: string, headers: Record<string, string>): Promise<FixedAnswer> =>
	answerOf(url, "/store/customers/me", { "x-publishable-api-key": PK, ...headers });

/** A Medusa v1 store JWT (POST /store/auth/token) and the `connect.sid=…` pair of a cookie login (POST /store/auth). */
export const v1Credentials = async (url: string, credentials = CUSTOMER): Promise<{ token: string; cookie: string }> => {
	const tokenAnswer = await post(`${url}/store/auth/token`, credentials);
	if (tokenAnswer.status !== 200) throw new Error(`POST /store/auth/token answered ${tokenAnswer.status}`);
	const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
	const cookieAnswer = await post(`${url}/store/auth`, credentials);
	const cookie = cookieAnswer.headers.get("set-cookie")?.split(";")[0];
	if (cookieAnswer.status !== 200 || !cookie) throw new Error(`POST /store/auth answered ${cookieAnswer.status}`);
	return { token, cookie };
};

/** A Quark access token (POST /api/auth/login). */
export const quarkAccessToken = async (url: string, credentials = CUSTOMER): Promise<string> => {
	const response = await post(`${url}/api/auth/login`, credentials);
	if (response.status !== 200) throw new Error(`POST /api/auth/login answered ${response.status}: ${await response.text()}`);
	return ((await response.json()) as { accessToken: string }).accessToken;
};
