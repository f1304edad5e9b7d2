// The memory benchmarks read RSS after a full collection by sending SIGUSR2 to the reference
// (bench/lib/collect-on-signal.ts, preloaded). SIGUSR2 ends any process that does not handle it, so
// this holds the preload to its job: the server survives the signal and keeps answering.
import { expect, test } from "bun:test";
import { PK, startReference } from "../bench/lib/servers.ts";

test("a collectable reference survives SIGUSR2 and keeps answering; only Bun's can be asked for", async () => {
	const server = await startReference("bun", ["--argon2", "test"], true);
	try {
		expect(server.collectable).toBe(true);
		for (let i = 0; i < 3; i++) {
			process.kill(server.pid, "SIGUSR2");
			await Bun.sleep(200);
			const response = await fetch(`${server.url}/store/products`, { headers: { "x-publishable-api-key": PK } });
			expect(response.status).toBe(200);
		}
	} finally {
		await server.stop();
	}
	await expect(startReference("deno", [], true)).rejects.toThrow("only a reference on Bun");
}, 30_000);
