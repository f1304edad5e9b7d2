// /__ui in a real browser (issue 19, scope 2): headless Debian chromium (chromium.ts) on `gatecheck
// serve --control` (medusa-v2, its fixtures) on a real port. A storefront's requests arrive first (a
// login, a /store call, a refused one, a cookie session), then the developer opens the page, requests a password reset
// through its storefront flow for the fixture customer, sees the mail appear, follows its reset link
// (which lands on the storefront's page, stood in for here by a route of the browser, with the token
// in it), comes back and moves the clock a day. The page is screenshotted with the mail on it, into
// docs/images/ui.png when that file is missing or UPDATE_SCREENSHOTS=1.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Browser } from "playwright-core";
import { type ChildServer, startServe } from "../support/child-server.ts";
import { CUSTOMER, PUBLISHABLE_KEY } from "../support/test-app.ts";
import { launchChromium, STEP_TIMEOUT_MS, screenshotPath, TEST_TIMEOUT_MS } from "./chromium.ts";

const SCREENSHOT = screenshotPath("ui.png");
const DAY_MS = 86_400_000;
/** Where medusa-v2's reset mail sends a customer: the storefront's page (src/profiles/medusa-v2/reset.routes.ts). */
const STOREFRONT_RESET_PAGE = "http://localhost:8000/reset-password";

let server: ChildServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
	server = await startServe(["--profile", "medusa-v2", "--control", "--argon2", "test"]);
	browser = await launchChromium();
}, TEST_TIMEOUT_MS);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const base = (): string => server?.url ?? "";

/** What a storefront did before the developer looks: a login, a /store call with its token, one refused, and a cookie session. */
const storefrontTraffic = async (): Promise<void> => {
	const login = await fetch(`${base()}/auth/customer/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(CUSTOMER) });
	const { token } = (await login.json()) as { token: string };
	const me = (authorization?: string) =>
		fetch(`${base()}/store/customers/me`, { headers: { "x-publishable-api-key": PUBLISHABLE_KEY, ...(authorization ? { authorization } : {}) } });
	expect((await me(`Bearer ${token}`)).status).toBe(200);
	expect((await me()).status).toBe(401);
	const session = await fetch(`${base()}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
	expect(session.status).toBe(200);
};

/** The reset event's token, as the control API gives it: what the link must carry. */
const outboxToken = async (): Promise<string> => {
	const { items } = (await (await fetch(`${base()}/__control/outbox?event=auth.password_reset`)).json()) as { items: { kind: string; data?: { token?: string } }[] };
	const token = items.find((item) => item.kind === "event")?.data?.token;
	if (!token) throw new Error("no auth.password_reset event in the outbox");
	return token;
};

describe("/__ui in headless chromium", () => {
	test(
		"request a reset through the page, see the mail, follow its link to the storefront with the token, then move the clock a day",
		async () => {
			await storefrontTraffic();
			const context = await (browser as Browser).newContext({ viewport: { width: 1100, height: 900 } });
			context.setDefaultTimeout(STEP_TIMEOUT_MS);
			// The storefront is not running: its reset page is answered by the browser itself.
			await context.route(`${STOREFRONT_RESET_PAGE}?**`, (route) =>
				route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: "<!doctype html><title>Choose a new password</title><h1>Choose a new password</h1>" }),
			);
			try {
				const page = await context.newPage();
				await page.goto(`${base()}/__ui`);
				expect(await page.title()).toBe("gatecheck · medusa-v2");
				expect(await page.locator("#mail .empty").innerText()).toContain("No mail yet");
				expect(await page.locator("#journal tr.exchange").count()).toBe(4);
				expect(await page.locator("#accounts .session-count").innerText()).toBe("1 live");

				await page.fill('#flow input[name="email"]', CUSTOMER.email);
				await page.selectOption('#flow select[name="actor"]', "customer");
				await page.getByRole("button", { name: "Request a password reset" }).click();
				await page.waitForURL((url) => url.pathname === "/__ui" && url.searchParams.get("reset") === "201");
				expect(await page.locator("#flow-result").innerText()).toContain("the server answered 201. The mail is in the outbox below.");
				const mail = page.locator("#mail article.mail");
				expect(await mail.count()).toBe(1);
				expect(await mail.locator(".to").innerText()).toBe(CUSTOMER.email);
				expect(await page.locator("#journal tr.exchange").first().innerText()).toContain("/auth/customer/emailpass/reset-password");
				mkdirSync(dirname(SCREENSHOT), { recursive: true });
				await page.screenshot({ path: SCREENSHOT, fullPage: true });

				const link = mail.locator("a.reset-link");
				const href = (await link.getAttribute("href")) ?? "";
				const token = await outboxToken();
				expect(href).toBe(`${STOREFRONT_RESET_PAGE}?token=${encodeURIComponent(token)}&email=${encodeURIComponent(CUSTOMER.email)}`);
				await link.click();
				await page.waitForURL((url) => url.href.startsWith(STOREFRONT_RESET_PAGE));
				expect(page.url()).toBe(href);
				expect(new URL(page.url()).searchParams.get("token")).toBe(token);
				expect(await page.locator("h1").innerText()).toBe("Choose a new password");

				await page.goto(`${base()}/__ui`);
				const nowOnPage = async (): Promise<number> => Number(await page.locator(".clock-now").getAttribute("data-now"));
				const before = await nowOnPage();
				expect(await page.locator("#mail .live").innerText()).toContain("token valid until its exp, in 1");
				await page.getByRole("button", { name: "+1 day" }).click();
				await page.waitForURL((url) => url.hash === "#clock");
				const after = await nowOnPage();
				expect(after - before).toBeGreaterThanOrEqual(DAY_MS);
				expect(after - before).toBeLessThan(DAY_MS + STEP_TIMEOUT_MS);
				expect(await page.locator(".clock-offset").innerText()).toBe("1 day ahead of real time");
				expect(await page.locator("#mail .expired").innerText()).toMatch(/^token expired 23 hours \d+ minutes? ago$/);
			} finally {
				await context.close();
			}
		},
		TEST_TIMEOUT_MS,
	);
});
