// /__ui's two forms on every profile, posted as a browser posts them: the storefront flow sends the
// contract's own reset request through the front door (so it is journaled), the mail lands in the
// outbox and on the page; the clock buttons move the server's clock as POST /__control/clock does.
import { describe, expect, test } from "bun:test";
import type { OutboxMail } from "../../src/core/outbox.ts";
import { PROFILES, redirectQuery, section, uiApp } from "./ui-support.ts";

const DAY_MS = 86_400_000;

const mails = (items: readonly { kind: string }[]): OutboxMail[] => items.filter((item): item is OutboxMail => item.kind === "mail");

describe.each(PROFILES)("/__ui forms on %s", (profile) => {
	test("the reset form sends the profile's reset request: a mail in the outbox, on the page with its link, and in the journal", async () => {
		const { gatecheck, page, post } = await uiApp(profile);
		const answer = await post("/__ui/reset-password", { email: "customer@example.com" });
		expect(answer.status).toBe(303);
		expect(answer.headers.get("location")).toEndWith("#flow");
		const [mail, ...others] = mails(gatecheck.runtime.state.outbox.list());
		expect(others).toEqual([]);
		expect(mail?.to).toBe("customer@example.com");
		expect(mail?.link).toContain("token=");

		const { html } = await page(redirectQuery(answer));
		expect(section(html, "flow")).toMatch(/answered <strong>20[014]<\/strong>\. The mail is in the outbox below/);
		const onPage = section(html, "mail");
		expect(onPage).toContain("customer@example.com");
		expect(onPage).toContain(`href="${Bun.escapeHTML(mail?.link ?? "")}"`);
		expect(onPage).toContain("token valid until its exp");
		const [entry] = gatecheck.journal.list();
		expect(entry?.method).toBe("POST");
		expect(entry?.path).toMatch(/reset-password|password-token|forgot-password/);
		expect(entry?.status).toBeLessThan(300);
	});

	test("an e-mail without an account: the same answer, no mail, and the notice says why", async () => {
		const { gatecheck, page, post } = await uiApp(profile);
		const answer = await post("/__ui/reset-password", { email: "nobody@example.com" });
		expect(answer.status).toBe(303);
		expect(mails(gatecheck.runtime.state.outbox.list())).toEqual([]);
		expect(section((await page(redirectQuery(answer))).html, "flow")).toContain("No mail was made");
	});

	test("a missing e-mail or an unknown account kind is a 400 page, and nothing is sent", async () => {
		const { gatecheck, post } = await uiApp(profile);
		expect((await post("/__ui/reset-password", { email: "" })).status).toBe(400);
		expect((await post("/__ui/reset-password", { email: "customer@example.com", actor: "robot" })).status).toBe(400);
		expect(gatecheck.journal.list()).toEqual([]);
	});

	test("the clock buttons: +1 hour, +1 day and +30 days move the clock; back to real time undoes them", async () => {
		const { gatecheck, page, post } = await uiApp(profile);
		const { clock } = gatecheck.runtime;
		for (const [move, ms] of [
			["1h", 3_600_000],
			["1d", DAY_MS],
			["30d", 30 * DAY_MS],
		] as const) {
			const before = clock.offsetMs;
			const answer = await post("/__ui/clock", { move });
			expect(answer.status).toBe(303);
			expect(answer.headers.get("location")).toBe("/__ui#clock");
			expect(clock.offsetMs - before).toBe(ms);
		}
		expect(section((await page()).html, "clock")).toContain("31 days 1 hour ahead of real time");
		await post("/__ui/clock", { move: "real" });
		expect(clock.offsetMs).toBe(0);
		expect(section((await page()).html, "clock")).toContain("real time");
		expect((await post("/__ui/clock", { move: "toString" })).status).toBe(400);
		expect(clock.offsetMs).toBe(0);
	});

	test("a day later the mail's token shows as expired", async () => {
		const { page, post } = await uiApp(profile);
		await post("/__ui/reset-password", { email: "customer@example.com" });
		expect(section((await page()).html, "mail")).toContain("token valid until its exp");
		await post("/__ui/clock", { move: "1d" });
		expect(section((await page()).html, "mail")).toMatch(/class="expired">token expired \d+ hours?( \d+ minutes?)? ago/);
	});
});

describe("/__ui reset form: account kinds", () => {
	test("medusa-v2 offers customer and user, and sends the admin's reset to /auth/user/emailpass/reset-password", async () => {
		const { gatecheck, page, post } = await uiApp("medusa-v2");
		expect(section((await page()).html, "flow")).toContain('<option value="user">user</option>');
		await post("/__ui/reset-password", { email: "admin@example.com", actor: "user" });
		expect(gatecheck.journal.list()[0]?.path).toBe("/auth/user/emailpass/reset-password");
		expect(mails(gatecheck.runtime.state.outbox.list())[0]?.link).toStartWith("http://localhost:9000/app/reset-password?token=");
	});

	test("a profile with one kind of account offers no choice", async () => {
		const { page } = await uiApp("medusa-v1");
		expect(section((await page()).html, "flow")).not.toContain('name="actor"');
	});
});
