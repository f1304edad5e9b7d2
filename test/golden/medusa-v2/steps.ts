// Steps the medusa-v2 recording took that are not exchanges of the transcripts, replayed at the point they
// happened so that the state builds up as it did: identities registered outside the transcripts,
// reset tokens that reached the client only by mail (taken from /__control/outbox and bound to the
// recorded jti), and the loops of the timing and rate-limit cases, whose responses are compared too.
import { payloadOf } from "../jwt.ts";
import type { Step, StepContext } from "../profile.ts";

const ORACLE = "oracle-mwr5rw50@example.com";
const RESET3 = "oracle-reset3-mwr5rw50@example.com";
const RESET4 = "oracle-reset4-mwr5rw50@example.com";
const RESET5 = "oracle-reset5-mwr5rw50@example.com";

const asRecord = (value: unknown, what: string): Record<string, unknown> => {
	if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${what} is not recorded`);
	return value as Record<string, unknown>;
};

const register = async (s: StepContext, email: string, password: string): Promise<void> =>
	s.expectResponse(`setup: register ${email}`, await s.post("/auth/customer/emailpass/register", { email, password }), 200);

const requestReset = async (s: StepContext, email: string): Promise<void> =>
	s.expectResponse(`setup: reset-password ${email}`, await s.post("/auth/customer/emailpass/reset-password", { identifier: email }), 201, "Created");

/**
 * Binds the newest live reset token of `email` to the recorded token with `recordedClaims`' jti,
 * after comparing the two (or the whole event, when the recording captured it).
 */
const captureReset = async (s: StepContext, email: string, recordedClaims: Record<string, unknown>, recordedEvent?: unknown): Promise<void> => {
	const event = (await s.outboxEvents("auth.password_reset", email)).at(-1);
	const token = event?.token;
	if (typeof token !== "string") return s.compare.miss(`setup: outbox for ${email}`, "an auth.password_reset event", "none");
	if (recordedEvent !== undefined) s.compare.value("setup: auth.password_reset event data", recordedEvent, event);
	else s.compare.value(`setup: reset token for ${email}, claims`, recordedClaims, payloadOf(token));
	s.compare.bindings.bindResetToken(String(recordedClaims.jti), token);
};

/** The claims of the bearer token a recorded exchange sent. */
const sentClaims = (s: StepContext, index: number): Record<string, unknown> =>
	asRecord(payloadOf(String(s.transcript.exchanges[index]?.request.headers.Authorization ?? "").replace(/^Bearer /, "")), `token of #${index}`);

const wrongLogins = async (s: StepContext, count: number, parallel: boolean): Promise<Response[]> => {
	const attempt = (i: number): Promise<Response> => s.post("/auth/customer/emailpass", { email: ORACLE, password: `bad-${i}` });
	if (parallel) return Promise.all(Array.from({ length: count }, (_, i) => attempt(i)));
	const responses: Response[] = [];
	for (let i = 0; i < count; i++) responses.push(await attempt(i));
	return responses;
};

/** No lockout and no rate-limit headers on any of them (observed 11: any_rate_limit_header false). */
const noRateLimitHeaders = (s: StepContext, where: string, response: Response): void => {
	for (const name of response.headers.keys())
		if (/^(retry-after|x-ratelimit|ratelimit)/i.test(name)) s.compare.miss(`${where} header ${name}`, "(absent)", response.headers.get(name));
};

export const MEDUSA_V2_STEPS: Step[] = [
	{
		case: "04i-login-timing-enumeration",
		after: 1,
		why: "the 20 interleaved logins of the timing run: the same 401 body for a wrong password and an unknown e-mail",
		async run(s) {
			const body = s.transcript.exchanges[0]?.response.body_text;
			for (let i = 0; i < 20; i++) {
				await s.expectResponse(`setup: wrong password ${i}`, await s.post("/auth/customer/emailpass", { email: ORACLE, password: "wrong-sample" }), 401, body);
				const unknown = { email: "unknown-mwr5rw50-x@example.com", password: "wrong-sample" };
				await s.expectResponse(`setup: unknown e-mail ${i}`, await s.post("/auth/customer/emailpass", unknown), 401, body);
			}
		},
	},
	{
		case: "08a-reset-password-request",
		after: 0,
		why: "the event of the first request carries the token 08b later uses as the older, unused one",
		run: (s) => {
			const event = asRecord(s.observed("08a-reset-password-request", "captured_event"), "08a captured_event");
			const data = asRecord(event.data, "08a captured_event.data");
			return captureReset(s, ORACLE, asRecord(payloadOf(String(data.token)), "08a token"), data);
		},
	},
	{
		case: "08a-reset-password-request",
		after: 3,
		why: "the 20 interleaved reset requests of the timing run; the last one issued the latest token, used in 08b",
		async run(s) {
			for (let i = 0; i < 20; i++) {
				await requestReset(s, ORACLE);
				await requestReset(s, "unknown-mwr5rw50@example.com");
			}
			const unknownEvents = (await s.outboxEvents("auth.password_reset", "unknown-mwr5rw50@example.com")).length;
			s.compare.value("setup: events for unknown identifiers", s.observed("08a-reset-password-request", "events_for_unknown_identifiers"), unknownEvents);
			await captureReset(s, ORACLE, asRecord(s.observed("08b-reset-password-update", "latest_reset_token_claims"), "08b latest token"));
		},
	},
	{
		case: "08d-reset-token-newer-invalidates-older",
		before: 0,
		why: "oracle-reset3 was registered outside the transcripts (its auth identity's ULID time is the start of 08d)",
		run: (s) => register(s, RESET3, "Reset3-Pass-1"),
	},
	{ case: "08d-reset-token-newer-invalidates-older", after: 0, why: "token A reached the client by mail", run: (s) => captureReset(s, RESET3, sentClaims(s, 2)) },
	{ case: "08d-reset-token-newer-invalidates-older", after: 1, why: "token B reached the client by mail", run: (s) => captureReset(s, RESET3, sentClaims(s, 3)) },
	{
		case: "08e-reset-update-body-email-mismatch",
		before: 0,
		why: "E4 and E5 were registered (ULID times: start of 08e) and E4's reset requested outside the transcripts; E5's password is the one 08e logs in with",
		async run(s) {
			await register(s, RESET4, "Reset4-Pass-1");
			await register(s, RESET5, "Reset5-Pass-1");
			await requestReset(s, RESET4);
			await captureReset(s, RESET4, asRecord(s.observed("08e-reset-update-body-email-mismatch", "token_claims"), "08e token"));
		},
	},
	{
		case: "08f-reset-token-failed-update-and-wrong-actor",
		before: 0,
		why: "E5's first reset was requested outside the transcripts",
		run: async (s) => {
			await requestReset(s, RESET5);
			await captureReset(s, RESET5, sentClaims(s, 0));
		},
	},
	{
		case: "08f-reset-token-failed-update-and-wrong-actor",
		before: 4,
		why: "E5's second reset was requested after the first token was used up (requesting it earlier would void the first)",
		run: async (s) => {
			await requestReset(s, RESET5);
			await captureReset(s, RESET5, sentClaims(s, 4));
		},
	},
	{
		case: "11-failed-login-rate-limit",
		before: 0,
		why: "the 30 sequential wrong-password logins before the 31st",
		async run(s) {
			const recorded = s.observed("11-failed-login-rate-limit", "sequential");
			const samples = Array.isArray(recorded) ? recorded.map((item) => asRecord(item, "11 sequential")) : [];
			const responses = await wrongLogins(s, samples.length, false);
			for (const [i, response] of responses.entries()) {
				noRateLimitHeaders(s, `setup: sequential ${i}`, response);
				await s.expectResponse(`setup: sequential ${i}`, response, Number(samples[i]?.status), String(samples[i]?.body));
			}
		},
	},
	{
		case: "11-failed-login-rate-limit",
		before: 2,
		why: "the 30 parallel wrong-password logins between the two correct ones",
		async run(s) {
			const statuses = s.observed("11-failed-login-rate-limit", "parallel_statuses");
			const responses = await wrongLogins(s, Array.isArray(statuses) ? statuses.length : 0, true);
			responses.forEach((response, i) => noRateLimitHeaders(s, `setup: parallel ${i}`, response));
			s.compare.value("setup: parallel statuses", statuses, responses.map((response) => response.status));
		},
	},
];
