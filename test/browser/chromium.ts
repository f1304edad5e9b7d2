// What the browser tests share: Debian's chromium driven by playwright-core (STACK.md, pitfall 14),
// their timeouts, and where a screenshot goes: into docs/images when that file is missing or
// UPDATE_SCREENSHOTS=1 (a screenshot shows a run's own times and ports, so it is not rewritten on every
// run), else to a temporary file.
// Chromium must be at /usr/bin/chromium (.ci/run installs it); without it these tests fail, never skip.
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { ROOT } from "../support/child-server.ts";

export const CHROMIUM = "/usr/bin/chromium";
// STACK.md, pitfall 14.
export const CHROMIUM_ARGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-background-networking",
	"--disable-quic",
	"--no-first-run",
	"--disable-component-update",
	"--disable-sync",
];
export const TEST_TIMEOUT_MS = 20_000;
export const STEP_TIMEOUT_MS = 10_000;

/** The browser; a missing chromium is a failure with the way to install it. */
export const launchChromium = async (): Promise<Browser> => {
	if (!existsSync(CHROMIUM))
		throw new Error(`Debian's chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run does). This test fails rather than skips without it.`);
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: STEP_TIMEOUT_MS });
};

/** Where to write the screenshot kept as docs/images/<name>: there when missing or asked for, else a temporary file. */
export const screenshotPath = (name: string): string => {
	const kept = join(ROOT, "docs/images", name);
	return existsSync(kept) && process.env.UPDATE_SCREENSHOTS !== "1" ? join(tmpdir(), `gatecheck-${process.pid}-${name}`) : kept;
};
