// conformance/README.md, "From your own tests": the example there is a real file, shown word for
// word, and it works as an implementer would run it (`bun test` on it, importing gatecheck/kit):
// it passes against the reference, and fails, naming the check, against a reference with a bearer
// rule broken.
import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DefectName } from "../support/kit.ts";
import { makeTestApp } from "../support/test-app.ts";

const ROOT = join(import.meta.dir, "..", "..");
const EXAMPLE = "conformance/examples/my-shop.example.ts";

/** `bun test` on the example, against a reference with these defects served on a free port of this process. */
const runExample = async (defects: DefectName[]): Promise<{ exitCode: number; output: string }> => {
	const { app } = await makeTestApp({ defects });
	app.listen({ port: 0, hostname: "127.0.0.1" });
	try {
		// Bun.spawn, never spawnSync: this process has to keep answering the child's requests.
		const child = Bun.spawn([process.execPath, "test", `./${EXAMPLE}`], {
			cwd: ROOT,
			env: { ...process.env, SHOP_URL: `http://127.0.0.1:${app.server?.port}` },
			stdout: "pipe",
			stderr: "pipe",
		});
		const [exitCode, stdout, stderr] = await Promise.all([child.exited, new Response(child.stdout).text(), new Response(child.stderr).text()]);
		return { exitCode, output: stdout + stderr };
	} finally {
		app.stop();
	}
};

test("the README shows the example file as it is", () => {
	const readme = readFileSync(join(ROOT, "conformance", "README.md"), "utf8");
	expect(readme).toContain(`\`\`\`ts\n${readFileSync(join(ROOT, EXAMPLE), "utf8")}\`\`\`\n`);
});

test("bun test on the example passes against the reference", async () => {
	const { exitCode, output } = await runExample([]);
	expect(output).toContain(" 1 pass\n");
	expect(output).toContain(" 0 fail\n");
	expect(exitCode).toBe(0);
}, 60_000);

test("bun test on the example fails against a reference that accepts unsigned tokens, naming the check", async () => {
	const { exitCode, output } = await runExample(["accept-alg-none"]);
	expect(output).toContain("medusa-v2/bearer/alg-none-refused");
	expect(output).toContain(" 1 fail\n");
	expect(exitCode).toBe(1);
}, 60_000);
