// Who may use /__ui: mounted only with --control (else the profile's own 404, as for any unknown
// path), and then the same clients as /__control: loopback sockets or in-process requests (the
// socket is faked with sendFrom). The page shows reset tokens, so it also refuses host names that
// are not this machine's (DNS rebinding) and form posts from another site's page.
import { describe, expect, test } from "bun:test";
import { sendFrom } from "../support/test-app.ts";
import { PROFILES, uiApp } from "./ui-support.ts";

const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}, origin = "http://localhost"): Request =>
	new Request(`${origin}${path}`, {
		method: "POST",
		headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
		body: new URLSearchParams(fields).toString(),
	});

describe.each(PROFILES)("/__ui access on %s", (profile) => {
	test("404 without --control, for the page and its forms", async () => {
		const { gatecheck } = await uiApp(profile, { control: false });
		expect((await gatecheck.fetch(new Request("http://localhost/__ui"))).status).toBe(404);
		expect((await gatecheck.fetch(form("/__ui/clock", { move: "1d" }))).status).toBe(404);
		expect((await gatecheck.fetch(form("/__ui/reset-password", { email: "customer@example.com" }))).status).toBe(404);
	});

	test("403 for a client whose socket is not loopback; its forms change nothing", async () => {
		const { gatecheck } = await uiApp(profile);
		const page = await gatecheck.fetch(sendFrom("203.0.113.7", new Request("http://localhost/__ui")));
		expect(page.status).toBe(403);
		expect(await page.text()).toContain("loopback clients only");
		const before = gatecheck.runtime.clock.offsetMs;
		const moved = await gatecheck.fetch(sendFrom("203.0.113.7", form("/__ui/clock", { move: "30d" })));
		expect(moved.status).toBe(403);
		expect(gatecheck.runtime.clock.offsetMs).toBe(before);
		const reset = await gatecheck.fetch(sendFrom("203.0.113.7", form("/__ui/reset-password", { email: "customer@example.com" })));
		expect(reset.status).toBe(403);
		expect(gatecheck.runtime.state.outbox.list()).toEqual([]);
	});

	test("loopback sockets, IPv4 and IPv6, are served", async () => {
		const { gatecheck } = await uiApp(profile);
		for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
			expect((await gatecheck.fetch(sendFrom(address, new Request("http://localhost/__ui")))).status).toBe(200);
	});

	test("403 for a host name that is not this machine's, even from loopback; 127.0.0.1, [::1] and *.localhost are served", async () => {
		const { gatecheck } = await uiApp(profile);
		expect((await gatecheck.fetch(new Request("http://rebound.example.com:9000/__ui"))).status).toBe(403);
		for (const origin of ["http://127.0.0.1:9000", "http://[::1]:9000", "http://shop.localhost:9000"])
			expect((await gatecheck.fetch(new Request(`${origin}/__ui`))).status).toBe(200);
	});

	test("403 for a form posted from another site's page; the page's own origin and no Origin (curl) are served", async () => {
		const { gatecheck } = await uiApp(profile);
		const foreign = await gatecheck.fetch(form("/__ui/clock", { move: "1h" }, { origin: "https://evil.example" }));
		expect(foreign.status).toBe(403);
		expect(gatecheck.runtime.clock.offsetMs).toBe(0);
		expect((await gatecheck.fetch(form("/__ui/clock", { move: "1h" }, { origin: "http://localhost" }))).status).toBe(303);
		expect((await gatecheck.fetch(form("/__ui/clock", { move: "1h" }))).status).toBe(303);
		expect(gatecheck.runtime.clock.offsetMs).toBe(2 * 3_600_000);
	});
});
