// Replays one profile's transcripts against ONE in-process app, in recorded order, as the recording
// run did: the state (identities, customers, sessions, reset tokens) builds up from case to case,
// and the clock stands at each case's recorded time so that issued times, expiry and cookie dates
// line up.
import { ManualClock } from "../../src/core/clock.ts";
import { call, TEST_JWT_SECRET } from "../support/test-app.ts";
import { Bindings } from "./bindings.ts";
import { compareHeaders } from "./headers.ts";
import { Comparer, type Mismatch } from "./normalise.ts";
import { type GoldenProfile, skipReason, type StepContext, stepsAt } from "./profile.ts";
import { liveRequest } from "./requests.ts";
import { type Exchange, exchangeName, type Transcript } from "./transcripts.ts";

export interface ReplayContext {
	profile: GoldenProfile;
	app: Awaited<ReturnType<GoldenProfile["makeApp"]>>;
	clock: ManualClock;
	bindings: Bindings;
	transcripts: Transcript[];
}

export interface CaseResult {
	mismatches: Mismatch[];
	/** Exchanges not replayed, with the reason (the profile's skips). */
	skipped: string[];
}

export const createReplayContext = async (profile: GoldenProfile, transcripts: Transcript[]): Promise<ReplayContext> => {
	const clock = new ManualClock(Math.min(...transcripts.map((t) => Date.parse(t.recorded_at))));
	const app = await profile.makeApp(clock);
	return { profile, app, clock, bindings: new Bindings(
			transcripts.map((t) => t.run_id),
			profile.liveLiterals,
			profile.sameRecords,
		), transcripts };
};

const isJsonText = (text: string): boolean => /^\s*[[{]/.test(text);

const bodyCompare = async (c: Comparer, where: string, recordedText: string, response: Response): Promise<void> => {
	const text = await response.text();
	if (!isJsonText(recordedText)) return c.value(`${where} body`, recordedText, text);
	let live: unknown;
	try {
		live = JSON.parse(text);
	} catch {
		return c.miss(`${where} body (JSON)`, recordedText, text);
	}
	const recorded: unknown = JSON.parse(recordedText);
	c.value(`${where} body`, recorded, live);
	// Express sends JSON.stringify's compact bytes; values differ between runs, the layout must not.
	const compact = (text: string, value: unknown): boolean => JSON.stringify(value) === text;
	if (compact(recordedText, recorded) && !compact(text, live)) c.miss(`${where} body layout (compact JSON)`, "compact", text);
};

const replayExchange = async (ctx: ReplayContext, c: Comparer, where: string, exchange: Exchange): Promise<void> => {
	const crafting = { recordingSecret: ctx.profile.recordingJwtSecret, liveSecret: TEST_JWT_SECRET };
	const { path, options } = liveRequest(exchange.request, ctx.bindings, crafting);
	const response = await call(ctx.app, path, options);
	c.value(`${where} status`, exchange.response.status, response.status);
	const expected = ctx.profile.expectedHeaders?.(exchange) ?? exchange.response.raw_headers;
	compareHeaders(c, where, expected, response.headers, ctx.clock.now());
	await bodyCompare(c, where, exchange.response.body_text, response);
};

const stepContext = (ctx: ReplayContext, transcript: Transcript, compare: Comparer): StepContext => ({
	transcript,
	compare,
	post: (path, body) =>
		call(ctx.app, path, { method: "POST", body: JSON.parse(ctx.bindings.withLiveRunIds(JSON.stringify(body))) }),
	async expectResponse(where, response, status, bodyText) {
		compare.value(`${where} status`, status, response.status);
		if (bodyText !== undefined) await bodyCompare(compare, where, bodyText, response);
	},
	async outboxEvents(event, recordedEmail) {
		const to = encodeURIComponent(ctx.bindings.withLiveRunIds(recordedEmail));
		const response = await call(ctx.app, `/__control/outbox?event=${encodeURIComponent(event)}&to=${to}`);
		const { items } = (await response.json()) as { items: Array<{ kind: string; data?: Record<string, unknown> }> };
		return items.flatMap((item) => (item.kind === "event" && item.data ? [item.data] : []));
	},
	observed: (caseName, key) => ctx.transcripts.find((t) => t.case === caseName)?.observations[key],
	recordedRequest(caseName, index) {
		const request = ctx.transcripts.find((t) => t.case === caseName)?.exchanges[index]?.request;
		if (!request) throw new Error(`no recorded exchange ${caseName}#${index}`);
		return request;
	},
});

export const replayCase = async (ctx: ReplayContext, transcript: Transcript): Promise<CaseResult> => {
	// Time only moves forwards: cases are replayed in recorded order.
	ctx.clock.advance(Math.max(0, Date.parse(transcript.recorded_at) - ctx.clock.now()));
	const result: CaseResult = { mismatches: [], skipped: [] };
	const compare = new Comparer(ctx.bindings, result.mismatches);
	const steps = stepContext(ctx, transcript, compare);
	for (const [index, exchange] of transcript.exchanges.entries()) {
		for (const step of stepsAt(ctx.profile, transcript.case, "before", index)) await step.run(steps);
		const reason = skipReason(ctx.profile, transcript.case, index);
		if (reason !== undefined) {
			result.skipped.push(`${exchangeName(exchange, index)}: ${reason}`);
			continue;
		}
		await replayExchange(ctx, compare, exchangeName(exchange, index), exchange);
		for (const step of stepsAt(ctx.profile, transcript.case, "after", index)) await step.run(steps);
	}
	return result;
};

export const formatMismatches = (caseName: string, mismatches: Mismatch[]): string =>
	[
		`${caseName}: ${mismatches.length} difference(s) from the recording`,
		...mismatches.map((m) => `  ${m.where}\n    expected: ${m.expected}\n    actual:   ${m.actual}`),
	].join("\n");
