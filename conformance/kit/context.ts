// What a check's `run` receives: its own HTTP client and cookie jar, assertions, the run's
// configuration, unique names, the control API when there is one, and a property runner.
import fc from "fast-check";
import type { Capability } from "./capabilities.ts";
import type { RunOptions, TargetConfig } from "./config.ts";
import type { ControlClient } from "./control.ts";
import { MailReader } from "./mail/reader.ts";
import type { MailSource } from "./mail/source.ts";
import { CheckFailure, type Expect, expect } from "./expect.ts";
import { HttpClient, type Reply, type RequestSpec, TargetUnreachable } from "./http.ts";
import { realTime, type Target } from "./target.ts";

export interface CheckContext {
	readonly id: string;
	readonly http: HttpClient;
	request(spec: RequestSpec): Promise<Reply>;
	readonly expect: Expect;
	readonly config: TargetConfig;
	readonly options: RunOptions;
	/** The control API; present whenever the check requires control-clock or control-provider. */
	readonly control?: ControlClient;
	/** The run's reset mails and events (mail/reader.ts); present whenever the check requires reset-mail. */
	readonly mail?: MailReader;
	/** Adds a line to the result, whatever its outcome (reports show it). */
	note(text: string): void;
	/** Whether the run has a capability the check does not require but can use when there. */
	can(capability: Capability): boolean;
	/** A fresh e-mail address no other check and no earlier run uses. */
	uniqueEmail(label?: string): string;
	/** Lets `ms` of the target's time pass (real time over HTTP); not counted against the check's time limit. */
	sleep(ms: number): Promise<void>;
	/**
	 * Counts `ms` of steady progress in a check whose work is long by design (timing samples): its
	 * deadline moves back by as much, so a slow target only makes it longer, and only a stall (no
	 * progress for the whole limit) ends it.
	 */
	progressed(ms: number): void;
	/** Says on the console what a long piece of work is about to do, before it starts. */
	announce(text: string): void;
	/**
	 * A value the whole run shares under `key`, made by the first check that asks (in its own
	 * context) and handed to every later one: one measurement that several checks judge.
	 */
	once<T>(key: string, make: () => Promise<T>): Promise<T>;
	/** Runs a fast-check property with the run's seed, runs and path; a counterexample fails the check. */
	property<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, runs?: number): Promise<void>;
}

export interface ContextDeps {
	id: string;
	target: Target;
	config: TargetConfig;
	options: RunOptions;
	control?: ControlClient;
	/** Where the run reads reset mails and events (--reset-log, --smtp-sink, …, or the control outbox). */
	mail?: MailSource;
	/** What the run has (runner.ts, resolveCapabilities): the kit's capabilities and the profile's own. */
	capabilities: ReadonlySet<string>;
	/** Receives the check's notes. */
	onNote?(text: string): void;
	/** Called before each wait (sleep or Retry-After) with its length, to push the check's deadline back. */
	onWait?(ms: number): void;
	/** Called with each stretch of progress a check reports (ctx.progressed), to push its deadline back. */
	onProgress?(ms: number): void;
	/** Receives what a check announces (ctx.announce). */
	onAnnounce?(text: string): void;
	runId: string;
	/** The run's shared values (CheckContext.once), by key. */
	onceValues: Map<string, Promise<unknown>>;
	/** A number no other check of the run gets. */
	serial(): number;
}

export const createContext = (deps: ContextDeps): CheckContext => {
	// Every wait of the check, its own sleeps and the client's Retry-After ones, pushes its deadline back.
	const wait = (ms: number): Promise<void> => {
		deps.onWait?.(ms);
		return (deps.target.wait ?? realTime)(ms);
	};
	const http = new HttpClient({ ...deps.target, wait });
	const slug = deps.id.split("/").at(-1) ?? "check";
	return {
		id: deps.id,
		http,
		request: (spec) => http.send(spec),
		expect,
		config: deps.config,
		options: deps.options,
		control: deps.control,
		// Mail arrives in real time whatever the target's clock: its waits push the deadline back, unannounced.
		mail: deps.mail && new MailReader({ source: deps.mail, waitMs: deps.options.mailWaitMs, sleep: (ms) => (deps.onProgress?.(ms), realTime(ms)) }),
		note: (text) => deps.onNote?.(text),
		can: (capability) => deps.capabilities.has(capability),
		uniqueEmail: (label = slug) => `gc-${deps.runId}-${deps.serial()}-${label}@example.com`,
		sleep: wait,
		progressed: (ms) => deps.onProgress?.(ms),
		announce: (text) => deps.onAnnounce?.(text),
		once<T>(key: string, make: () => Promise<T>): Promise<T> {
			if (!deps.onceValues.has(key)) deps.onceValues.set(key, make());
			return deps.onceValues.get(key) as Promise<T>;
		},
		async property(arbitrary, predicate, runs = deps.options.runs) {
			const details = await fc.check(
				fc.asyncProperty(arbitrary, async (value) => {
					await predicate(value);
				}),
				{ seed: deps.options.seed, numRuns: runs, path: deps.options.path },
			);
			if (!details.failed) return;
			const cause = details.errorInstance;
			const property = {
				seed: details.seed,
				path: details.counterexamplePath ?? "",
				counterexample: fc.stringify(details.counterexample),
				numRuns: details.numRuns,
			};
			if (cause instanceof TargetUnreachable) throw cause;
			if (cause instanceof CheckFailure) throw new CheckFailure(cause.message, { ...cause.details, property });
			throw new CheckFailure(`property failed: ${cause instanceof Error ? cause.message : String(cause)}`, { property });
		},
	};
};
