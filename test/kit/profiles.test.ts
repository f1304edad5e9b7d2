// Kit profiles (conformance/profiles/<name>/): the registry's are well formed, carphacom's support
// user still comes from --support-email/--support-password, a target file or the control API, and a
// profile the registry does not list brings its own target field, flag, capability and checks folder
// (an absolute path), which the kit merges with its own: the seam a new profile's folder plugs into.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CAPABILITIES } from "../../conformance/kit/capabilities.ts";
import { loadCatalogue } from "../../conformance/kit/catalogue.ts";
import { checkHelp, readCheckCommand } from "../../conformance/kit/cli-options.ts";
import { checkCommand } from "../../conformance/kit/cli.ts";
import { DEFAULT_RUN_OPTIONS, profileField, type TargetConfig } from "../../conformance/kit/config.ts";
import { fromProfile, type KitProfile } from "../../conformance/kit/profile.ts";
import type { RunResult } from "../../conformance/kit/result.ts";
import { runChecks } from "../../conformance/kit/runner.ts";
import { type FetchLike, handlerTarget } from "../../conformance/kit/target.ts";
import { supportAccount } from "../../conformance/profiles/carphacom/target.ts";
import { KIT_PROFILES } from "../../conformance/profiles/index.ts";

const scratch = mkdtempSync(join(tmpdir(), "gatecheck-profiles-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const silent = { out: (): void => {}, err: (): void => {} };

describe("the registered profiles", () => {
	test("each is listed under its name, with its own checks folder first; its checks cite its refs and need the kit's capabilities or its own, which are not the kit's", async () => {
		expect(Object.keys(KIT_PROFILES)[0]).toBe("medusa-v2");
		for (const [key, profile] of Object.entries<KitProfile>(KIT_PROFILES)) {
			expect(profile.name).toBe(key);
			expect(profile.catalogues[0]).toBe(key);
			const own = Object.keys(profile.capabilities ?? {});
			expect(own.filter((name) => Object.hasOwn(CAPABILITIES, name))).toEqual([]);
			const checks = await loadCatalogue(profile.catalogues);
			expect(checks.length).toBeGreaterThan(0);
			for (const check of checks) {
				for (const ref of check.refs) expect(Object.hasOwn(profile.refs, ref), `${key}: ${check.id} cites ${ref}`).toBe(true);
				for (const need of check.requires) expect(Object.hasOwn(CAPABILITIES, need) || own.includes(need), `${key}: ${check.id} requires ${need}`).toBe(true);
			}
		}
	});

	test("--help keeps the default profile and lists each profile's own flags, named after it, after the kit's admin", () => {
		const help = checkHelp(KIT_PROFILES);
		expect(help).toContain("  --profile <name>              contract to check against (default medusa-v2)\n");
		expect(help).toContain(
			[
				"  --admin-email <e>, --admin-password <p>  an admin user",
				"  --oauth-provider <value>      a redirect provider the target configures for third-party login (google, github) (medusa-v2, carphacom)",
				"  --oauth-linked-account <value>  the id, at the fake provider, of an account already linked to a customer (with --control) (medusa-v2, carphacom)",
				"  --support-email <e>, --support-password <p>  a read-only admin user (carphacom)",
				"  --without-role-email <e>, --without-role-password <p>  a user without the Customer role (quark)",
				"  --reset-base-url <value>      a resetBaseUrl whose origin the server mails reset links to (quark)",
				"  --secret-key <sk>",
			].join("\n"),
		);
	});

	test("carphacom's support user comes from the flags (for any profile, as before) or a target file, flags winning", async () => {
		const support = { email: "support@example.com", password: "supersecret" };
		const file = join(scratch, "carphacom-target.json");
		writeFileSync(file, JSON.stringify({ support: { email: "file@example.com", password: "from-file" } }));
		const read = async (argv: string[]): Promise<TargetConfig> => {
			const command = await readCheckCommand(["http://x", ...argv], KIT_PROFILES);
			if (command === "help") throw new Error("not help");
			return command.config;
		};
		const flags = ["--support-email", support.email, "--support-password", support.password];
		expect(supportAccount(await read(["--profile", "carphacom", ...flags]))).toEqual(support);
		expect(supportAccount(await read(flags))).toEqual(support);
		expect(supportAccount(await read(["--target", file]))).toEqual({ email: "file@example.com", password: "from-file" });
		expect(supportAccount(await read(["--target", file, ...flags]))).toEqual(support);
		expect(supportAccount(await read(["--support-email", support.email]))).toBeUndefined();
	});
});

// A profile the registry does not list: one target field (a string, set by --probe-key), the
// capability that field gives, and a checks folder outside conformance/checks.
const PROBE_KEY = "probe-key-0123";
const probe: KitProfile = {
	name: "probe",
	catalogues: [join(import.meta.dir, "probe-checks", "probe")],
	refs: { "probe:hello": { kind: "choice", summary: "GET /hello answers requests that carry the probe key" } },
	baseCapabilities: [],
	capabilities: {
		"probe-key": { description: "the probe key (--probe-key)", has: (config) => profileField(config, "probeKey", "string") !== undefined },
	},
	targetFields: { probeKey: { kind: "string", flag: "probe-key", help: "the key GET /hello wants" } },
	fingerprint: { method: "GET", path: "/hello", expected: "401 (no key)", matches: ({ status }) => status === 401 },
};

/** A target whose GET /hello wants the probe key, with a control API that hands out `target`. */
const probeServer =
	(target: Record<string, unknown> = {}): FetchLike =>
	async (request) => {
		const { pathname } = new URL(request.url);
		if (pathname === "/__control") return Response.json({ capabilities: [], now: 0, target });
		return new Response(null, { status: pathname === "/hello" && request.headers.get("x-probe-key") === PROBE_KEY ? 200 : 401 });
	};

describe("a profile outside the registry", () => {
	test("its checks load from an absolute folder, with ids from that folder's parent", async () => {
		expect((await loadCatalogue(probe.catalogues)).map((check) => check.id)).toEqual(["probe/hello/answers-key"]);
	});

	test("its capability comes from its own target field, read from the control API's target too; without it the check skips", async () => {
		const checks = await loadCatalogue(probe.catalogues);
		const run = (config: TargetConfig, server: FetchLike): Promise<RunResult> =>
			runChecks({ ...fromProfile(probe), checks, target: handlerTarget(server), config, options: DEFAULT_RUN_OPTIONS });
		const statuses = (result: RunResult): unknown[] => result.checks.map((check) => [check.status, check.missing]);
		expect(statuses(await run({}, probeServer()))).toEqual([["skip", ["probe-key"]]]);
		expect(statuses(await run({ controlUrl: "http://localhost" }, probeServer({ probeKey: PROBE_KEY })))).toEqual([["pass", undefined]]);
		expect(statuses(await run({ controlUrl: "http://localhost", profileFields: { probeKey: "wrong" } }, probeServer({ probeKey: PROBE_KEY })))).toEqual([
			["fail", undefined],
		]);
		// The same run without the profile's field and capability: the kit alone knows neither.
		const bare = await runChecks({ profile: "probe", checks, target: handlerTarget(probeServer({ probeKey: PROBE_KEY })), config: { controlUrl: "http://localhost" }, options: DEFAULT_RUN_OPTIONS });
		expect(statuses(bare)).toEqual([["skip", ["probe-key"]]]);
	});

	test("gatecheck check with it: --probe-key in the help and on the command line, a target file, exit codes", async () => {
		const server = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: probeServer() });
		const url = `http://127.0.0.1:${server.port}`;
		const run = checkCommand({ probe });
		const file = join(scratch, "probe-target.json");
		writeFileSync(file, JSON.stringify({ probeKey: PROBE_KEY }));
		const status = async (argv: string[]): Promise<[number, string | undefined]> => {
			const code = await run([url, ...argv, "--reporter", "json", "--out", scratch], silent);
			return [code, (JSON.parse(readFileSync(join(scratch, "gatecheck.json"), "utf8")) as RunResult).checks[0]?.status];
		};
		try {
			expect(checkHelp({ probe })).toContain("  --profile <name>              contract to check against (default probe)\n");
			expect(checkHelp({ probe })).toContain("  --probe-key <value>           the key GET /hello wants (probe)\n");
			expect(await status(["--probe-key", PROBE_KEY])).toEqual([0, "pass"]);
			expect(await status(["--target", file])).toEqual([0, "pass"]);
			expect(await status(["--target", file, "--probe-key", "wrong"])).toEqual([1, "fail"]);
			expect(await status([])).toEqual([0, "skip"]);
			expect(await run([url, "--support-email", "s@example.com"], silent)).toBe(2);
		} finally {
			server.stop(true);
		}
	});
});
