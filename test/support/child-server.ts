// Reference servers as child processes, for the tests that must cross a real socket (Deno, the
// per-IP limiter reading the socket address): a free port, `gatecheck serve` on it, and its banner.
import { createServer } from "node:net";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const START_TIMEOUT_MS = 20_000;

/** A port nothing listens on right now: the OS picks one for a throwaway listener. */
export const freePort = (): Promise<number> =>
	new Promise((resolve, reject) => {
		const server = createServer();
		server.once("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const address = server.address();
			server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
		});
	});

/** Reads `stream` until a line contains `needle`; rejects after `timeoutMs` or at end of stream. */
export const waitForLine = async (stream: ReadableStream<Uint8Array>, needle: string, timeoutMs: number): Promise<string> => {
	const reader = stream.getReader();
	const decoder = new TextDecoder();
	let seen = "";
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no "${needle}" within ${timeoutMs} ms; stdout so far:\n${seen}`)), timeoutMs);
	});
	const read = async (): Promise<string> => {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) throw new Error(`stdout ended without "${needle}":\n${seen}`);
			seen += decoder.decode(value, { stream: true });
			const line = seen.split("\n").find((candidate) => candidate.includes(needle));
			if (line !== undefined) return line;
		}
	};
	try {
		return await Promise.race([read(), timeout]);
	} finally {
		clearTimeout(timer);
		reader.releaseLock();
	}
};

export interface ChildServer {
	url: string;
	/** The banner line it was waited for: by default the one that says where it listens. */
	banner: string;
	/** What it prints after that line (read with waitForLine). */
	stdout: ReadableStream<Uint8Array>;
	stderr: ReadableStream<Uint8Array>;
	stop(): Promise<void>;
}

/**
 * Starts `<runtime…> src/main.ts serve --port <free> …args` and waits for its banner's `ready` line; on failure,
 * the error carries the child's stderr. `runtime` is the command before the script (bun by default).
 */
export const startServe = async (
	args: string[],
	runtime: string[] = [process.execPath, "run"],
	env: Record<string, string> = {},
	ready = "listening on",
): Promise<ChildServer> => {
	const port = await freePort();
	const child = Bun.spawn([...runtime, "src/main.ts", "serve", "--port", String(port), ...args], {
		cwd: ROOT,
		env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1", ...env },
		stdout: "pipe",
		stderr: "pipe",
	});
	const stop = async (): Promise<void> => {
		child.kill();
		await child.exited;
	};
	try {
		const banner = await waitForLine(child.stdout, ready, START_TIMEOUT_MS);
		return { url: `http://127.0.0.1:${port}`, banner, stdout: child.stdout, stderr: child.stderr, stop };
	} catch (error) {
		await stop();
		throw new Error(`${(error as Error).message}\nstderr:\n${await new Response(child.stderr).text()}`);
	}
};
