// Third-party login in a real browser (issue 18): headless Debian chromium, driven by playwright-core,
// on a tiny storefront whose script is the official @medusajs/js-sdk bundled for the browser
// (storefront.ts), against the reference server (`gatecheck serve`, medusa-v2, its own fixtures) on a
// real port. Sign in with Google → the fake provider's page → approve as a new person (who becomes a
// customer) or as the fixture account Casey Customer (linked already) → back on the storefront,
// signed in. The provider page is screenshotted every run; into docs/images/provider-page.png when
// that file is missing or UPDATE_SCREENSHOTS=1 (its text names the run's random port), else to a
// temporary file (chromium.ts).
// Chromium must be at /usr/bin/chromium (.ci/run installs it); without it these tests fail, never skip.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { type ChildServer, startServe } from "../support/child-server.ts";
import { PUBLISHABLE_KEY } from "../support/test-app.ts";
import { launchChromium, STEP_TIMEOUT_MS, screenshotPath, TEST_TIMEOUT_MS } from "./chromium.ts";

const SCREENSHOT = screenshotPath("provider-page.png");
const CASEY = { id: "109876543210987654321", email: "customer@example.com", customer: "cus_01JGATECHECKCVS00000000001" };

let server: ChildServer | undefined;
let storefront: ReturnType<typeof Bun.serve> | undefined;
let storefrontOrigin = "";
let browser: Browser | undefined;

/** The storefront: one page at / and /callback, its script the SDK bundled for the browser. */
const serveStorefront = async (): Promise<ReturnType<typeof Bun.serve>> => {
	const build = await Bun.build({ entrypoints: [join(import.meta.dir, "storefront.ts")], target: "browser", format: "esm" });
	if (!build.success || !build.outputs[0]) throw new AggregateError(build.logs, "the storefront's bundle failed");
	const script = await build.outputs[0].text();
	return Bun.serve({
		hostname: "127.0.0.1",
		port: 0,
		fetch(request) {
			const { pathname } = new URL(request.url);
			if (pathname === "/storefront.js") return new Response(script, { headers: { "content-type": "text/javascript; charset=utf-8" } });
			if (pathname !== "/" && pathname !== "/callback") return new Response("not found", { status: 404 });
			const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test storefront</title>
<meta name="medusa-backend" content="${server?.url ?? ""}">
<meta name="medusa-publishable-key" content="${PUBLISHABLE_KEY}">
<script type="module" src="/storefront.js"></script></head>
<body><h1>Test storefront</h1><button id="sign-in" type="button">Sign in with Google</button><p id="status"></p></body></html>`;
			return new Response(page, { headers: { "content-type": "text/html; charset=utf-8" } });
		},
	});
};

beforeAll(async () => {
	storefront = await serveStorefront();
	storefrontOrigin = `http://127.0.0.1:${storefront.port}`;
	server = await startServe(["--profile", "medusa-v2"], undefined, { STORE_CORS: storefrontOrigin, AUTH_CORS: storefrontOrigin });
}, TEST_TIMEOUT_MS);

afterAll(async () => {
	await browser?.close();
	await storefront?.stop(true);
	await server?.stop();
});

/** The browser, launched once (chromium.ts). */
const launch = async (): Promise<Browser> => {
	browser ??= await launchChromium();
	return browser;
};

/** A fresh context (its own localStorage, so no token from another test) and the requests its page sends to the server. */
const openStorefront = async (): Promise<{ context: BrowserContext; page: Page; sent: string[] }> => {
	const context = await (await launch()).newContext({ viewport: { width: 760, height: 900 } });
	context.setDefaultTimeout(STEP_TIMEOUT_MS);
	const page = await context.newPage();
	const sent: string[] = [];
	const origin = server?.url ?? "";
	page.on("request", (request) => {
		const url = new URL(request.url());
		if (url.origin === origin) sent.push(`${request.method()} ${url.pathname}`);
	});
	await page.goto(`${storefrontOrigin}/`);
	await page.locator('#status[data-state="ready"]').waitFor();
	return { context, page, sent };
};

/** Clicks "Sign in with Google" and waits for the provider page; checks where the login sent the browser. */
const toProviderPage = async (page: Page): Promise<void> => {
	await page.getByRole("button", { name: "Sign in with Google" }).click();
	await page.waitForURL((url) => url.pathname === "/__provider/google/authorize");
	const location = new URL(page.url());
	expect(location.origin).toBe(server?.url ?? "");
	expect(location.searchParams.get("redirect_uri")).toBe(`${storefrontOrigin}/callback`);
	expect(location.searchParams.get("client_id")).toBe("gatecheck-google-client");
	expect(location.searchParams.get("state")).toMatch(/^[0-9a-f]{64}$/);
	await expect(page.title()).resolves.toBe("Sign in with Google");
};

/** Waits until the storefront says how the sign-in ended, and returns what it says. */
const outcome = async (page: Page): Promise<{ text: string; customerId: string | null }> => {
	const status = page.locator('#status[data-state="done"], #status[data-state="error"]');
	await status.waitFor();
	expect(new URL(page.url()).pathname).toBe("/callback");
	return { text: (await status.textContent()) ?? "", customerId: await status.getAttribute("data-customer-id") };
};

describe("third-party login in headless chromium, with the official js-sdk", () => {
	test(
		"a new person approves on the provider page, becomes a customer and is signed in",
		async () => {
			const { context, page, sent } = await openStorefront();
			try {
				await toProviderPage(page);
				const accounts = page.locator("button.account");
				expect(await accounts.count()).toBe(3);
				expect(await accounts.first().innerText()).toContain("Casey Customer");
				mkdirSync(dirname(SCREENSHOT), { recursive: true });
				await page.screenshot({ path: SCREENSHOT, fullPage: true });

				const email = `browser.${crypto.randomUUID().slice(0, 8)}@example.com`;
				await page.fill("#email", email);
				await page.fill("#name", "Browser Person");
				await page.getByRole("button", { name: "Approve" }).click();
				const { text, customerId } = await outcome(page);
				expect(text).toBe(`Signed in as ${email}`);
				expect(customerId).toStartWith("cus_");
				expect(customerId).not.toBe(CASEY.customer);
				expect(sent).toEqual([
					"POST /auth/customer/google",
					"GET /__provider/google/authorize",
					"POST /__provider/google/authorize",
					"GET /auth/customer/google/callback",
					"POST /store/customers",
					"POST /auth/token/refresh",
					"GET /store/customers/me",
				]);
			} finally {
				await context.close();
			}
		},
		TEST_TIMEOUT_MS,
	);

	test(
		"the fixture account Casey Customer, linked already, is signed in as that customer without creating one",
		async () => {
			const { context, page, sent } = await openStorefront();
			try {
				await toProviderPage(page);
				await page.locator(`button.account[value="${CASEY.id}"]`).click();
				const { text, customerId } = await outcome(page);
				expect(text).toBe(`Signed in as ${CASEY.email}`);
				expect(customerId).toBe(CASEY.customer);
				expect(sent).toEqual([
					"POST /auth/customer/google",
					"GET /__provider/google/authorize",
					"POST /__provider/google/authorize",
					"GET /auth/customer/google/callback",
					"GET /store/customers/me",
				]);
			} finally {
				await context.close();
			}
		},
		TEST_TIMEOUT_MS,
	);
});
