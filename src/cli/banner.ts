// What `gatecheck serve` prints on start: where it listens, what it serves, and the fixture
// credentials and keys a storefront needs. Secrets it generated are never printed.
import type { ServeOptions } from "./serve-options.ts";

/** A URL without the password it may carry (smtp://user:pass@host). */
const redactedUrl = (url: string): string => url.replace(/\/\/([^:/@]*):[^@/]*@/, "//$1:***@");

/** One defect's banner line. */
const defectLine = (options: ServeOptions, name: string): string => `  DEFECT ON  ${name}: ${options.app.profile.defects[name]}`;

/** What --latency and --fault will do, with the seed that repeats it. */
const failureLines = (options: ServeOptions): string[] => {
	const plan = options.app.failures;
	if (!plan) return [];
	return [
		...(plan.latency ? [`  latency    ${plan.latency.minMs}-${plan.latency.maxMs}ms on every request`] : []),
		...plan.faults.map((rule) => `  FAULT      ${rule.text}`),
		`  seed       ${plan.seed}   (--seed ${plan.seed} repeats the same failures for the same requests)`,
	];
};

export const bannerLines = (options: ServeOptions, url: string): string[] => {
	const { fixtures, profile, control } = options.app;
	return [
		`gatecheck reference server: profile ${profile.name} (${profile.description}), listening on ${url}`,
		`  fixtures   ${options.fixturesPath}`,
		// issue 19, scope 5: the user learns that an edit will be taken, and that it resets the state.
		...(options.watch ? [`  watching   ${options.fixturesPath} for changes: each good edit is served at once, with sessions, outbox and clock afresh`] : []),
		...profile.banner(fixtures),
		`  argon2     ${options.argon2Preset}`,
		`  control    ${control ? `${url}/__control (loopback only)` : "off (start with --control to enable)"}`,
		...(control ? [`  page       ${url}/__ui   (mail and reset links, the journal, the clock, accounts and keys; loopback only)`] : []),
		`  mail       ${options.smtpUrl ? `sent over SMTP to ${redactedUrl(options.smtpUrl)}` : "kept in memory only (start with --smtp <url> to send it to a mail catcher)"}`,
		`  log        ${options.log ? "one line per request below" : "off (start with --log to see each request, who made it, and why one was refused)"}`,
		...failureLines(options),
		...options.generatedSecrets.map((name) => `  ${name} was not set: using a random secret for this run only`),
		...(options.app.defects ?? []).map((name) => defectLine(options, name)),
	];
};

export const printBanner = (options: ServeOptions, url: string): void => console.log(bannerLines(options, url).join("\n"));
