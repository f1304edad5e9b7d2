// What the golden replay needs to know about one profile: where its transcripts are, the app that
// answers them (fixtures matching the recording's database), the recording's secret and literals,
// the steps the recording took between exchanges, and what the reference departs from on purpose.
// The replay itself (replay.ts, suite.ts) is the same for every profile.
import type { ManualClock } from "../../src/core/clock.ts";
import type { GatecheckApp } from "../../src/app.ts";
import type { Comparer } from "./normalise.ts";
import type { Exchange, RecordedRequest, Transcript } from "./transcripts.ts";

export interface StepContext {
	transcript: Transcript;
	compare: Comparer;
	/** POSTs JSON to the live app; recorded e-mails in `body` become live ones. */
	post(path: string, body: Record<string, unknown>): Promise<Response>;
	/** Compares a setup response with what the recording saw (status, and body when given). */
	expectResponse(where: string, response: Response, status: number, bodyText?: string): Promise<void>;
	/** The data of the outbox's `event` events for a recorded e-mail, oldest first (GET /__control/outbox). */
	outboxEvents(event: string, recordedEmail: string): Promise<Array<Record<string, unknown>>>;
	/** An observation of any case, by case name and key. */
	observed(caseName: string, key: string): unknown;
	/** A recorded request of any case, by case name and exchange index. */
	recordedRequest(caseName: string, index: number): RecordedRequest;
}

/** Something the recording did that is not an exchange of its transcript, replayed where it happened. */
export interface Step {
	case: string;
	before?: number;
	after?: number;
	why: string;
	run(s: StepContext): Promise<void>;
}

export interface GoldenProfile {
	name: string;
	transcriptsDir: URL;
	/** JWT_SECRET of the recording server (its observed doc). */
	recordingJwtSecret: string;
	/** Recorded strings that stand for a fixture value of ours (a publishable key), with ours. */
	liveLiterals: ReadonlyArray<readonly [string, string]>;
	/** Recorded ids of one fixture record in two recording databases, each with the id it is bound as (Bindings). */
	sameRecords?: ReadonlyMap<string, string>;
	/** The cases recorded on a server configured as this app is (default: every case of the folder). */
	replays?(caseName: string): boolean;
	/** The app the cases are replayed against, its clock standing at the first case's time. */
	makeApp(clock: ManualClock): Promise<GatecheckApp["app"]>;
	steps: readonly Step[];
	/** Cases ("05c-…") or exchanges ("05c-…#3") not replayed, each with its reason. */
	skips: Readonly<Record<string, string>>;
	/**
	 * The recorded response headers the reference is expected to send. A profile leaves out the
	 * ones it departs from on purpose (medusa-v1's anonymous session cookies, N4); default: all.
	 */
	expectedHeaders?(exchange: Exchange): Array<[string, string]>;
}

export const stepsAt = (profile: GoldenProfile, caseName: string, when: "before" | "after", index: number): Step[] =>
	profile.steps.filter((step) => step.case === caseName && step[when] === index);

export const skipReason = (profile: GoldenProfile, caseName: string, index?: number): string | undefined =>
	index === undefined ? profile.skips[caseName] : profile.skips[`${caseName}#${index}`];
