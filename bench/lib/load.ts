// The load generator: wrk from Debian when it is on PATH (or can be installed, as root), else
// autocannon if one is installed; the same one drives every target of a run.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface LoadSpec {
	url: string;
	connections: number;
	threads: number;
	seconds: number;
	method?: "GET" | "POST";
	headers?: Record<string, string>;
	body?: string;
	/**
	 * Each request says it comes from one of this many client addresses (`X-Forwarded-For`, in turn):
	 * many storefront visitors, for a server that limits each client and is run with --trust-proxy.
	 */
	forwardedFor?: number;
}

export interface LoadResult {
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	requests: number;
	/** Responses outside 2xx/3xx, and socket errors (connect, read, write, timeout). */
	non2xx: number;
	errors: number;
}

export interface LoadGenerator {
	name: string;
	version: string;
	run(spec: LoadSpec): Promise<LoadResult>;
}

const run = async (command: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
	const child = Bun.spawn(command, { stdout: "pipe", stderr: "pipe" });
	const [stdout, stderr, code] = await Promise.all([new Response(child.stdout).text(), new Response(child.stderr).text(), child.exited]);
	return { code, stdout, stderr };
};

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

/** wrk's "1.23ms" / "850.00us" / "1.02s". */
const durationMs = (text: string | undefined): number => {
	const match = text?.match(/^([\d.]+)(us|ms|s|m)$/);
	return match ? Number(match[1]) * (UNIT_MS[match[2] ?? "ms"] ?? 1) : Number.NaN;
};

export const parseWrk = (output: string): LoadResult => {
	const socket = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
	return {
		requestsPerSecond: Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN),
		p50Ms: durationMs(output.match(/^\s+50%\s+(\S+)/m)?.[1]),
		p99Ms: durationMs(output.match(/^\s+99%\s+(\S+)/m)?.[1]),
		requests: Number(output.match(/(\d+) requests in/)?.[1] ?? 0),
		non2xx: Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
		errors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
	};
};

const luaString = (value: string): string => JSON.stringify(value);

const wrk = (path: string, version: string): LoadGenerator => ({
	name: "wrk",
	version,
	async run(spec) {
		const args = [path, `-t${spec.threads}`, `-c${spec.connections}`, `-d${spec.seconds}s`, "--latency"];
		for (const [name, value] of Object.entries(spec.headers ?? {})) args.push("-H", `${name}: ${value}`);
		const lua = [
			...(spec.method === "POST" ? [`wrk.method = "POST"`, `wrk.body = ${luaString(spec.body ?? "")}`] : []),
			// Addresses 10.x.y.z in turn, a counter per wrk thread (wrk's Lua is LuaJIT: no `//`).
			...(spec.forwardedFor
				? [
						"local n = 0",
						"request = function()",
						`  n = (n + 1) % ${spec.forwardedFor}`,
						'  wrk.headers["X-Forwarded-For"] = "10." .. math.floor(n / 65536) .. "." .. (math.floor(n / 256) % 256) .. "." .. (n % 256)',
						"  return wrk.format()",
						"end",
					]
				: []),
		];
		const script = lua.length > 0 ? join(tmpdir(), `gatecheck-bench-${process.pid}-${Math.random().toString(36).slice(2)}.lua`) : undefined;
		if (script) {
			writeFileSync(script, `${lua.join("\n")}\n`);
			args.push("-s", script);
		}
		try {
			const { code, stdout, stderr } = await run([...args, spec.url]);
			if (code !== 0) throw new Error(`wrk exited ${code}: ${stderr || stdout}`);
			return parseWrk(stdout);
		} finally {
			if (script) rmSync(script, { force: true });
		}
	},
});

const autocannon = (path: string, version: string): LoadGenerator => ({
	name: "autocannon",
	version,
	async run(spec) {
		const args = [path, "-j", "-c", String(spec.connections), "-d", String(spec.seconds), "-w", String(spec.threads)];
		for (const [name, value] of Object.entries(spec.headers ?? {})) args.push("-H", `${name}=${value}`);
		if (spec.method === "POST") args.push("-m", "POST", "-b", spec.body ?? "");
		if (spec.forwardedFor) throw new Error("autocannon cannot vary X-Forwarded-For per request: install wrk");
		const { code, stdout, stderr } = await run([...args, spec.url]);
		if (code !== 0) throw new Error(`autocannon exited ${code}: ${stderr}`);
		const report = JSON.parse(stdout) as {
			requests: { average: number; total: number };
			latency: { p50: number; p99: number };
			non2xx: number;
			errors: number;
			timeouts: number;
		};
		return {
			requestsPerSecond: report.requests.average,
			p50Ms: report.latency.p50,
			p99Ms: report.latency.p99,
			requests: report.requests.total,
			non2xx: report.non2xx,
			errors: report.errors + report.timeouts,
		};
	},
});

const onPath = (name: string): string | undefined => Bun.which(name) ?? undefined;

/** wrk on PATH; else `apt-get install -y wrk` when root; else autocannon (node_modules/.bin or PATH). */
export const findLoadGenerator = async (root: string, log: (line: string) => void): Promise<LoadGenerator> => {
	let path = onPath("wrk");
	if (!path && process.getuid?.() === 0 && onPath("apt-get")) {
		log("wrk is not on PATH; installing it from Debian (apt-get install -y wrk)");
		const install = await run(["sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk"]);
		if (install.code !== 0) log(`apt-get failed (${install.code}): ${install.stderr.trim().split("\n").at(-1)}`);
		path = onPath("wrk");
	}
	if (path) {
		const { stdout, stderr } = await run([path, "--version"]);
		return wrk(path, (stdout || stderr).split("\n")[0]?.trim() ?? "wrk");
	}
	const local = join(root, "node_modules", ".bin", "autocannon");
	const cannon = existsSync(local) ? local : onPath("autocannon");
	if (cannon) {
		const { stdout } = await run([cannon, "--version"]);
		return autocannon(cannon, `autocannon ${stdout.trim()}`);
	}
	throw new Error("no load generator: install wrk (apt-get install -y wrk) or autocannon (npm i -g autocannon)");
};
