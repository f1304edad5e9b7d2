// gatecheck runs on Deno too, from the same source. The reference server (STACK.md P11: src/main.ts
// uses Deno.serve there): start `deno run src/main.ts serve` on a free port, wait for the banner, log
// in over real HTTP with the fixture customer (observed 04a), and always stop the child, even when a
// step fails or hangs. The kit: `deno run src/main.ts check` against a reference served by Bun.
import { expect, test } from "bun:test";
import { createServer } from "node:net";
import { CUSTOMER, decodeJwt } from "./support/test-app.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const DENO = `${ROOT}node_modules/.bin/deno`;
const START_TIMEOUT_MS = 20_000;

/** A port nothing listens on right now: the OS picks one for a throwaway listener. */
const freePort = (): Promise<number> =>
	new Promise((resolve, reject) => {
		const server = createServer();
		server.once("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const address = server.address();
			server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
		});
	});

/** Reads `stream` until a line contains `needle`; rejects after `timeoutMs` or at end of stream. */
const waitForLine = async (stream: ReadableStream<Uint8Array>, needle: string, timeoutMs: number): Promise<string> => {
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

test(
	"src/main.ts serves on Deno: banner, then a customer login over HTTP",
	async () => {
		const port = await freePort();
		const child = Bun.spawn([DENO, "run", "-A", "--cached-only", "src/main.ts", "serve", "--port", String(port), "--argon2", "test"], {
			cwd: ROOT,
			env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
			stdout: "pipe",
			stderr: "pipe",
		});
		try {
			const banner = await waitForLine(child.stdout, "listening on", START_TIMEOUT_MS).catch(async (error: unknown) => {
				child.kill();
				throw new Error(`${(error as Error).message}\nstderr:\n${await new Response(child.stderr).text()}`);
			});
			expect(banner).toContain(`listening on http://127.0.0.1:${port}`);

			const response = await fetch(`http://127.0.0.1:${port}/auth/customer/emailpass`, {
				method: "POST",
				headers: { "content-type": "application/json" },
				body: JSON.stringify(CUSTOMER),
				signal: AbortSignal.timeout(5_000),
			});
			expect(response.status).toBe(200);
			const { token } = (await response.json()) as { token: unknown };
			expect(typeof token).toBe("string");
			expect(decodeJwt(String(token))).toMatchObject({ actor_type: "customer", auth_provider: "emailpass" });
		} finally {
			child.kill();
			await child.exited;
		}
	},
	START_TIMEOUT_MS + 10_000,
);

test(
	"the gatecheck check CLI runs on Deno against a reference served by Bun",
	async () => {
		const { makeTestApp } = await import("./support/test-app.ts");
		const { app } = await makeTestApp();
		app.listen({ port: 0, hostname: "127.0.0.1" });
		const url = `http://127.0.0.1:${app.server?.port}`;
		const out = `${ROOT}node_modules/.cache/gatecheck-deno-check-${process.pid}`;
		try {
			const child = Bun.spawn(
				[DENO, "run", "-A", "--cached-only", "src/main.ts", "check", url, "--control", url, "--reporter", "json", "--out", out],
				{ cwd: ROOT, env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" }, stdout: "pipe", stderr: "pipe" },
			);
			const code = await Promise.race([child.exited, Bun.sleep(60_000).then(() => child.kill() ?? -1)]);
			const stderr = await new Response(child.stderr).text();
			expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
			const report = JSON.parse(await Bun.file(`${out}/gatecheck.json`).text()) as { summary: { pass: number; fail: number; error: number } };
			expect(report.summary).toMatchObject({ fail: 0, error: 0 });
			expect(report.summary.pass).toBeGreaterThan(0);
		} finally {
			app.stop();
			await Bun.$`rm -rf ${out}`.quiet();
		}
	},
	70_000,
);
