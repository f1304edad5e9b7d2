// gatecheck runs on Deno too, from the same source. The reference server (STACK.md P11: src/main.ts
// uses Deno.serve there): start `deno run src/main.ts serve` on a free port, wait for the banner, log
// in over real HTTP with the fixture customer (observed 04a), and always stop the child, even when a
// step fails or hangs. The kit: `deno run src/main.ts check` against a reference served by Bun.
import { expect, test } from "bun:test";
import { ROOT, START_TIMEOUT_MS, startServe } from "./support/child-server.ts";
import { CUSTOMER, decodeJwt } from "./support/test-app.ts";

const DENO = `${ROOT}node_modules/.bin/deno`;

test(
	"src/main.ts serves on Deno: banner, then a customer login over HTTP",
	async () => {
		const server = await startServe(["--argon2", "test"], [DENO, "run", "-A", "--cached-only"]);
		try {
			expect(server.banner).toContain(`listening on ${server.url}`);

			const response = await fetch(`${server.url}/auth/customer/emailpass`, {
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
			await server.stop();
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
