// The profile seam, proven by a profile that is only folders: "greeter" (test/seam/server, its
// checks test/seam/checks/greeter, its kit profile test/seam/kit) is registered by this test alone,
// served by createApp, and checked by the kit through its two checks, with no other file knowing it.
import { describe, expect, test } from "bun:test";
import { createApp } from "../src/app.ts";
import { greeterKit } from "./seam/kit/index.ts";
import { GREETER_FIXTURES, greeter } from "./seam/server/index.ts";
import { runKit } from "./support/kit.ts";

const serve = (defects: string[] = []) =>
	createApp({ profile: greeter, fixtures: GREETER_FIXTURES, jwtSecret: "s", cookieSecret: "c", control: true, defects });

describe("a profile that is only a folder", () => {
	test("is served: its route, its control API target, its defects", async () => {
		const { app, profile } = await serve();
		expect(profile.name).toBe("greeter");
		expect(Object.keys(profile.defects)).toEqual(["greets-anyone"]);
		const hello = await app.handle(new Request("http://localhost/hello", { headers: { "x-greeter-key": "gk_1" } }));
		expect(await hello.json()).toEqual({ hello: "Ada" });
		const control = (await (await app.handle(new Request("http://localhost/__control"))).json()) as { profile: string; target: unknown };
		expect(control).toMatchObject({ profile: "greeter", target: { greeterKey: "gk_1" } });
	});

	test("is checked by its two checks: both pass on it, with the key from its control API", async () => {
		const { app } = await serve();
		const run = await runKit(app, { kitProfile: greeterKit });
		expect(run.checks.map((check) => [check.id, check.status])).toEqual([
			["greeter/hello/greets-key-holder", "pass"],
			["greeter/hello/refuses-without-key", "pass"],
		]);
	});

	test("and a check fails on its defect", async () => {
		const { app } = await serve(["greets-anyone"]);
		const run = await runKit(app, { kitProfile: greeterKit });
		expect(run.checks.map((check) => [check.id, check.status])).toEqual([
			["greeter/hello/greets-key-holder", "pass"],
			["greeter/hello/refuses-without-key", "fail"],
		]);
	});
});
