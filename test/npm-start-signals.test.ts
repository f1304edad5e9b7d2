// `npm start` stops when its process gets SIGINT or SIGTERM (issue 16): npm runs the script through
// a shell, and a shell that died alone would leave the server running and holding its port. The
// script execs the server, so the signal npm passes on reaches it.
import { describe, expect, test } from "bun:test";
import { freePort, ROOT } from "./support/child-server.ts";


const answers = async (url: string): Promise<boolean> => {
	try {
		await fetch(url);
		return true;
	} catch {
		return false;
	}
};

/** Polls until `condition` holds or `ms` pass; whether it held. */
const eventually = async (condition: () => Promise<boolean>, ms: number): Promise<boolean> => {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		if (await condition()) return true;
		await Bun.sleep(50);
	}
	return condition();
};

describe("npm start", () => {
	test.each(["SIGTERM", "SIGINT"] as const)("stops the server when npm gets %s", async (signal) => {
		const port = await freePort();
		const url = `http://127.0.0.1:${port}/health`;
		const npm = Bun.spawn(["npm", "start", "--silent"], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdout: "ignore", stderr: "ignore" });
		try {
			expect(await eventually(() => answers(url), 15_000)).toBe(true);
			npm.kill(signal);
			await npm.exited;
			expect(await eventually(async () => !(await answers(url)), 5_000)).toBe(true);
		} finally {
			npm.kill("SIGKILL");
		}
	}, 30_000);
});
