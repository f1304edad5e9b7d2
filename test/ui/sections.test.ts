// /__ui (issue 19, scope 2) in-process, for every profile: each section renders from the live state
// (mail, accounts and sessions, API keys, the journal, the clock, the storefront flow), secret keys
// only redacted, and the page carries no script and forbids one.
import { describe, expect, test } from "bun:test";
import { call, SECRET_KEY } from "../support/test-app.ts";
import { PROFILES, section, uiApp } from "./ui-support.ts";

describe.each(PROFILES)("/__ui sections on %s", (profile) => {
	test("the page answers 200 HTML with every section, no script, and headers that forbid scripts and framing", async () => {
		const { front } = await uiApp(profile);
		const response = await call(front, "/__ui");
		expect(response.status).toBe(200);
		expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
		expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
		expect(response.headers.get("cache-control")).toBe("no-store");
		expect(response.headers.get("x-frame-options")).toBe("DENY");
		const html = await response.text();
		for (const id of ["flow", "mail", "journal", "clock", "accounts", "keys"]) expect(html).toContain(`<section id="${id}">`);
		expect(html).toContain(`gatecheck · ${profile}`);
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/\bhttps?:\/\/(?!localhost|127\.0\.0\.1)[^"<\s]+\.(css|js)\b/);
	});

	test("accounts: the fixture customers with their e-mails, and the live sessions with whom they name", async () => {
		const { gatecheck, page } = await uiApp(profile);
		const before = section((await page()).html, "accounts");
		expect(before).toContain("customer@example.com");
		expect(before).toContain("second@example.com");
		expect(before).toContain("0 live");
		const { runtime } = gatecheck;
		const [customer] = runtime.state.store.listCustomers();
		const claims = { actor_id: customer?.id ?? "", actor_type: "customer", auth_identity_id: "authid_ui", app_metadata: { customer_id: customer?.id ?? "" } };
		runtime.state.sessions.create(claims, runtime.clock.now());
		const after = section((await page()).html, "accounts");
		expect(after).toContain("1 live");
		expect(after).toContain(gatecheck.profile.describeClaims(claims));
	});

	test("API keys: publishable keys whole, secret keys redacted, never their token", async () => {
		const { gatecheck, page } = await uiApp(profile);
		const html = (await page()).html;
		const keys = section(html, "keys");
		const stored = gatecheck.runtime.state.store.listApiKeys();
		for (const key of stored) {
			expect(keys).toContain(key.title);
			if (key.type === "publishable" && key.token) expect(keys).toContain(key.token);
			else expect(keys).toContain(key.redacted);
		}
		expect(html).not.toContain(SECRET_KEY);
		if (stored.length === 0) expect(keys).toContain("no API keys");
	});

	test("journal: a request through the front door is listed with its method, path and status; /__ui's own are not", async () => {
		const { front, page } = await uiApp(profile);
		expect((await page()).html).toContain("No request yet");
		await call(front, "/ui-test-probe?x=1");
		const journal = section((await page()).html, "journal");
		expect(journal).toContain("/ui-test-probe");
		expect(journal).toContain("?x=1");
		expect(journal).toMatch(/class="status-warn">404</);
		expect(journal).not.toContain("/__ui");
	});

	test("clock: the server's time and the lifetimes it moves, with the four buttons", async () => {
		const { gatecheck, page } = await uiApp(profile);
		const clock = section((await page()).html, "clock");
		expect(clock).toContain("real time");
		expect(clock).toMatch(/data-now="\d+"/);
		for (const label of ["+1 hour", "+1 day", "+30 days", "Back to real time"]) expect(clock).toContain(label);
		expect(clock).toContain(`Tokens live `);
		expect(gatecheck.runtime.policy.tokenTtlSeconds).toBeGreaterThan(0);
	});

	test("storefront flow: a form for the contract's own reset request, with the fixture e-mails offered", async () => {
		const { page } = await uiApp(profile);
		const flow = section((await page()).html, "flow");
		expect(flow).toContain('action="/__ui/reset-password"');
		expect(flow).toContain('<option value="customer@example.com">');
		expect(flow).toMatch(/POST \/(auth\/customer\/emailpass\/reset-password|store\/customers\/password-token|api\/auth\/forgot-password)/);
	});

	test("mail: empty at first, then each mail with its recipient, subject, event and clickable link", async () => {
		const { gatecheck, page } = await uiApp(profile);
		expect(section((await page()).html, "mail")).toContain("No mail yet");
		const now = gatecheck.runtime.clock.now();
		gatecheck.runtime.state.outbox.push({
			kind: "mail",
			at: now,
			to: "reader@example.com",
			subject: "Welcome",
			text: "Hello",
			link: "http://localhost:8000/welcome?token=abc",
			event: "customer.created",
		});
		const mail = section((await page()).html, "mail");
		expect(mail).toContain("reader@example.com");
		expect(mail).toContain("Welcome");
		expect(mail).toContain("customer.created");
		expect(mail).toContain('<a class="reset-link" href="http://localhost:8000/welcome?token=abc">');
	});
});

describe("/__ui mail details", () => {
	test("newest first; a mail without a link shows its event's token and the route that spends it", async () => {
		const { gatecheck, page } = await uiApp("medusa-v2");
		const { outbox } = gatecheck.runtime.state;
		const at = gatecheck.runtime.clock.now();
		outbox.push({ kind: "mail", at, to: "old@example.com", subject: "Older", text: "", event: "other", link: "http://localhost:8000/x" });
		outbox.push({ kind: "event", name: "auth.password_reset", at, data: { entity_id: "admin@example.com", actor_type: "user", token: "tok-123" } });
		outbox.push({ kind: "mail", at, to: "admin@example.com", subject: "Newer", text: "", event: "auth.password_reset" });
		const mail = section((await page()).html, "mail");
		expect(mail.indexOf("Newer")).toBeLessThan(mail.indexOf("Older"));
		expect(mail).toContain('<code class="token">tok-123</code>');
		expect(mail).toContain("POST /auth/user/emailpass/update");
	});

	test("a link that is not http(s) is shown as text, never as an href", async () => {
		const { gatecheck, page } = await uiApp("medusa-v2");
		gatecheck.runtime.state.outbox.push({
			kind: "mail",
			at: gatecheck.runtime.clock.now(),
			to: "x@example.com",
			subject: "s",
			text: "",
			event: "e",
			link: "javascript:alert(1)",
		});
		const mail = section((await page()).html, "mail");
		expect(mail).not.toContain('href="javascript:');
		expect(mail).toContain("is not an http(s) URL");
		expect(mail).toContain("javascript:alert(1)");
	});
});
