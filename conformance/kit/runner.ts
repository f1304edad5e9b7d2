// runChecks: decides what each check may run with, runs them (a few at a time; checks that move the
// target's clock or time its answers alone, after the others), and turns what happened into results
// with evidence.
import type { Capability, ProfileCapabilities } from "./capabilities.ts";
import { mergeTargetConfigs, readTargetConfig, type RunOptions, type TargetConfig, type TargetFields } from "./config.ts";
import { createContext } from "./context.ts";
import { capabilityNeeds, coverageOf } from "./coverage.ts";
import { ControlClient, type ControlInfo } from "./control.ts";
import { controlMailSource } from "./mail/control-source.ts";
import type { MailSource } from "./mail/source.ts";
import { curlCommand } from "./curl.ts";
import { startDeadline } from "./deadline.ts";
import type { Check } from "./define-check.ts";
import { CheckFailure, Inconclusive } from "./expect.ts";
import { redactExchange, redactResult, secretValues } from "./redact.ts";
import { describeReference, type Reference } from "./references.ts";
import { type CheckResult, type Evidence, type RunResult, summarise } from "./result.ts";
import type { Target } from "./target.ts";

export interface RunRequest {
	profile: string;
	checks: Check[];
	target: Target;
	config: TargetConfig;
	options: RunOptions;
	/** Called as each check ends, for progress and streaming reporters. */
	onResult?: (result: CheckResult, done: number, total: number) => void;
	/** Called when a check starts waiting on purpose (a sleep, a Retry-After), for progress. */
	onWait?: (checkId: string, ms: number) => void;
	/** Called when a check announces long work (ctx.announce), for progress. */
	onAnnounce?: (checkId: string, text: string) => void;
	/** Capabilities the run has regardless of configuration (e.g. the profile allows registration). */
	baseCapabilities?: Capability[];
	/** The profile's own capabilities (KitProfile.capabilities), had when their test on the configuration says so. */
	capabilities?: ProfileCapabilities;
	/** The profile's own target fields (KitProfile.targetFields), read from the control API's `target` too. */
	targetFields?: TargetFields;
	/** How to rerun one check from the command line; the runner adds --only, --seed and --path. */
	replayBase?: string;
	/** The profile's reference table, to spell out each check's refs in its result. */
	references?: Record<string, Reference>;
	/** Checks in the profile's whole catalogue, for the coverage (default: the checks given). */
	catalogueSize?: number;
	/** Where reset mails and events come from, when the run was told (--reset-log, --smtp-sink, …); else the control outbox, if any. */
	mail?: MailSource;
}

/** What this run can offer checks, from its configuration and the target's control API. */
const resolveCapabilities = (
	request: RunRequest,
	config: TargetConfig,
	mail: MailSource | undefined,
	controlCapabilities: string[] = [],
): Set<string> => {
	const have = new Set<string>(request.baseCapabilities ?? []);
	if (config.publishableKey) have.add("publishable-key");
	if (config.revokedPublishableKey) have.add("revoked-key");
	if (config.otherPublishableKey) have.add("other-key");
	if (config.admin) have.add("admin-account");
	if (config.secretKey) have.add("secret-key");
	if (config.jwtSecret) have.add("jwt-secret");
	if (config.corsOrigin) have.add("cors-origin");
	if (request.options.allowSlow) have.add("allow-slow");
	if (config.tokenTtlSeconds !== undefined && request.options.allowSlow) have.add("slow-expiry");
	if (request.target.baseUrl.startsWith("https:")) have.add("tls");
	if (request.target.fetchFrom) have.add("source-addresses");
	if (controlCapabilities.includes("clock")) have.add("control-clock");
	if (controlCapabilities.includes("provider")) have.add("control-provider");
	if (mail) have.add("reset-mail");
	for (const [name, capability] of Object.entries(request.capabilities ?? {})) if (capability.has(config)) have.add(name);
	return have;
};

/**
 * A miss fails the run when its rule is the contract's, or when it is a security miss of any tier;
 * other observed and hardening misses warn unless --strict or --hardening widen the failures.
 */
const outcomeOf = (check: Check, options: RunOptions): "fail" | "warn" => {
	if (check.tier === "contract" || check.severity === "security") return "fail";
	if (check.tier === "observed") return options.strict ? "fail" : "warn";
	return options.hardening ? "fail" : "warn";
};

const withNotes = (notes: string[]): { notes?: string[] } => (notes.length > 0 ? { notes } : {});

const replayCommand = (request: RunRequest, check: Check, path?: string): string =>
	`${request.replayBase ?? "gatecheck check"} --only ${check.id} --seed ${request.options.seed}${path ? ` --path ${path}` : ""}`;

const runOne = async (
	request: RunRequest,
	config: TargetConfig,
	check: Check,
	have: ReadonlySet<string>,
	control: ControlClient | undefined,
	mail: MailSource | undefined,
	shared: { runId: string; serial: () => number; onceValues: Map<string, Promise<unknown>> },
): Promise<CheckResult> => {
	const references = check.refs.map((ref) => {
		const reference = request.references?.[ref];
		return reference ? describeReference(ref, reference) : ref;
	});
	const base = { id: check.id, title: check.title, rule: check.rule, tier: check.tier, severity: check.severity, refs: [...check.refs], references };
	const missing = check.requires.filter((capability) => !have.has(capability));
	if (missing.length > 0) {
		const required = missing.filter((capability) => request.options.require.includes(capability) || request.options.require.includes("all"));
		if (required.length === 0) return { ...base, status: "skip", durationMs: 0, missing };
		const needs = required.map((capability) => capabilityNeeds(capability, request.capabilities)).join("; ");
		return { ...base, status: "fail", durationMs: 0, missing, evidence: { message: `not run, and --require wants it run: it needs ${needs}`, exchanges: [], replay: replayCommand(request, check) } };
	}

	const deadline = startDeadline(request.options.timeoutMs, check.id);
	const notes: string[] = [];
	const ctx = createContext({
		id: check.id,
		target: request.target,
		config,
		options: request.options,
		control,
		mail,
		capabilities: have,
		onNote: (text) => void notes.push(text),
		onWait(ms) {
			deadline.extend(ms);
			request.onWait?.(check.id, ms);
		},
		onProgress: (ms) => deadline.extend(ms),
		onAnnounce: (text) => request.onAnnounce?.(check.id, text),
		...shared,
	});
	const started = performance.now();
	const clockBefore = check.requires.includes("control-clock") ? await control?.now() : undefined;
	try {
		await Promise.race([check.run(ctx), deadline.expired]);
		return { ...base, status: "pass", durationMs: performance.now() - started, ...withNotes(notes) };
	} catch (error) {
		const durationMs = performance.now() - started;
		const redact = request.options.showSecrets ? <T>(x: T): T => x : redactExchange;
		const exchanges = ctx.http.exchanges.map((exchange) => redact(exchange));
		const failure = error instanceof CheckFailure ? error : undefined;
		const failed = failure?.details.exchange ? redact(failure.details.exchange) : exchanges.at(-1);
		const evidence: Evidence = {
			message: failure ? failure.message : `the check could not run: ${error instanceof Error ? error.message : String(error)}`,
			expected: failure?.details.expected,
			actual: failure?.details.actual,
			exchanges,
			curl: failed ? curlCommand(failed.request) : undefined,
			property: failure?.details.property,
			replay: replayCommand(request, check, failure?.details.property?.path),
		};
		const status = failure instanceof Inconclusive ? "warn" : failure ? outcomeOf(check, request.options) : "error";
		return { ...base, status, durationMs, evidence, ...withNotes(notes) };
	} finally {
		deadline.clear();
		// Put the target's clock back where real time would have it, for the checks after this one.
		if (clockBefore !== undefined) await control?.setTo(Math.round(clockBefore + performance.now() - started)).catch(() => undefined);
	}
};

/** Runs `items` through `worker` with at most `limit` at a time, keeping their order in the output. */
const pool = async <T, R>(items: T[], limit: number, worker: (item: T) => Promise<R>): Promise<R[]> => {
	const results: R[] = new Array(items.length);
	let next = 0;
	const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await worker(items[index] as T);
		}
	});
	await Promise.all(lanes);
	return results;
};

/** The control API's outbox as the run's mail source, when it has one. */
const controlOutbox = (control: ControlClient | undefined, info: ControlInfo | undefined, url = ""): MailSource | undefined =>
	control && info?.capabilities.includes("outbox") ? controlMailSource(control, url, info.outboxLagMs) : undefined;

export const runChecks = async (request: RunRequest): Promise<RunResult> => {
	const started = performance.now();
	const control = request.config.controlUrl ? new ControlClient(request.config.controlUrl, request.target.fetch) : undefined;
	const info = await control?.info();
	// Flags and target files win over what the control API says about the test build.
	const config = mergeTargetConfigs(readTargetConfig(info?.target ?? {}, request.targetFields), request.config);
	const mail = request.mail ?? controlOutbox(control, info, request.config.controlUrl);
	const have = resolveCapabilities(request, config, mail, info?.capabilities);
	const runId = Math.random().toString(36).slice(2, 10);
	let serial = 0;
	const shared = { runId, serial: () => ++serial, onceValues: new Map<string, Promise<unknown>>() };
	let done = 0;
	const total = request.checks.length;
	const secrets = secretValues(config);
	const run = async (check: Check): Promise<CheckResult> => {
		const outcome = await runOne(request, config, check, have, control, mail, shared);
		const result = request.options.showSecrets ? outcome : redactResult(outcome, secrets);
		request.onResult?.(result, ++done, total);
		return result;
	};
	const alone = (check: Check): boolean => check.exclusive === true || check.requires.includes("control-clock");
	const together = await pool(request.checks.filter((check) => !alone(check)), request.options.concurrency, run);
	const afterwards = await pool(request.checks.filter(alone), 1, run);
	const byId = new Map([...together, ...afterwards].map((result) => [result.id, result]));
	const checks = request.checks.map((check) => byId.get(check.id) as CheckResult);
	return {
		profile: request.profile,
		target: request.target.baseUrl,
		seed: request.options.seed,
		summary: summarise(checks, performance.now() - started),
		coverage: coverageOf(checks, request.catalogueSize ?? checks.length, request.capabilities),
		checks,
	};
};
