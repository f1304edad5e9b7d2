// Steps the medusa-v1 recording took that are not exchanges of the transcripts, replayed at the
// point they happened so that the state builds up as it did: customers registered outside the
// transcripts (each "Ora Cle", as record.mjs registers them), the tokens and cookies the recorder
// got for them, reset tokens that reached it only by the customer.password_reset event, and the
// loops of the timing and failed-login cases, whose answers are compared too.
import type { Step, StepContext } from "../profile.ts";

const RUN = "mxcadbn1";
const RESET = `oracle-reset-${RUN}@example.com`;
const RESET2 = `oracle-reset2-${RUN}@example.com`;

const register = async (s: StepContext, email: string, password: string): Promise<Response> => {
	const response = await s.post("/store/customers", { email, password, first_name: "Ora", last_name: "Cle" });
	await s.expectResponse(`setup: register ${email}`, response.clone(), 200);
	return response;
};

/** The recorded header `name` of `caseName`'s exchange `index`. */
const sent = (s: StepContext, caseName: string, index: number, name: string): string =>
	String(s.recordedRequest(caseName, index).headers[name] ?? "");

/** The value of a `connect.sid=…` Cookie or Set-Cookie header, attributes left off. */
export const cookieValue = (header: string): string => header.replace(/^connect\.sid=/, "").split(";")[0] ?? "";

/** The session cookie `response` set stands for the one `caseName`'s exchange `index` sends. */
const bindCookie = (s: StepContext, response: Response, caseName: string, index: number): void => {
	const live = response.headers.getSetCookie()[0];
	if (live === undefined) return s.compare.miss(`setup: Set-Cookie for ${caseName}#${index}`, "a session cookie", "none");
	s.compare.bindings.bind("cookie", cookieValue(sent(s, caseName, index, "Cookie")), cookieValue(live));
};

const bearerOf = (s: StepContext, caseName: string, index: number): string =>
	sent(s, caseName, index, "Authorization").replace(/^bearer /i, "");

/** The reset token `caseName`'s exchange `index` sends in its body. */
const resetTokenOf = (s: StepContext, caseName: string, index: number): string =>
	String((s.recordedRequest(caseName, index).body as { token?: unknown }).token);

/** Logs in with the JWT route; the live token stands for `recordedToken` from then on. */
const bindToken = async (s: StepContext, email: string, password: string, recordedToken: string): Promise<void> => {
	const response = await s.post("/store/auth/token", { email, password });
	await s.expectResponse(`setup: token for ${email}`, response.clone(), 200);
	const { access_token } = (await response.json()) as { access_token: string };
	s.compare.jwt(`setup: token for ${email}`, recordedToken, access_token);
};

/** The token of the newest customer.password_reset event for `email`, compared with and bound to `recordedToken`. */
const captureReset = async (s: StepContext, email: string, recordedToken: string): Promise<void> => {
	const event = (await s.outboxEvents("customer.password_reset", email)).at(-1);
	if (typeof event?.token !== "string") return s.compare.miss(`setup: outbox for ${email}`, "a customer.password_reset event", "none");
	s.compare.jwt(`setup: reset token for ${email}`, recordedToken, event.token);
};

const requestReset = async (s: StepContext, email: string): Promise<void> =>
	s.expectResponse(`setup: password-token ${email}`, await s.post("/store/customers/password-token", { email }), 204, "");

/** Wrong logins on `path`, their statuses compared with the recorded ones, and no rate-limit header on any (fact 48). */
const wrongLogins = async (s: StepContext, path: string, email: string, recorded: unknown, parallel: boolean): Promise<void> => {
	const statuses = Array.isArray(recorded) ? recorded.map((item) => (typeof item === "number" ? item : Number((item as { status: unknown }).status))) : [];
	const attempt = (i: number): Promise<Response> => s.post(path, { email, password: `bad-${i}` });
	const responses: Response[] = [];
	if (parallel) responses.push(...(await Promise.all(statuses.map((_, i) => attempt(i)))));
	else for (const i of statuses.keys()) responses.push(await attempt(i));
	for (const [i, response] of responses.entries())
		for (const name of response.headers.keys())
			if (/^(retry-after|x-ratelimit|ratelimit)/i.test(name)) s.compare.miss(`setup: ${path} #${i} header ${name}`, "(absent)", response.headers.get(name));
	s.compare.value(`setup: ${path} statuses`, statuses, responses.map((response) => response.status));
};

const CUSTOMER = "customer@example.com";

export const MEDUSA_V1_STEPS: Step[] = [
	{
		case: "04g-token-login-timing",
		after: 1,
		why: "the 20 interleaved pairs of the timing run: the same 401 for a wrong password and an unknown e-mail (their latencies are not compared: fact 16)",
		async run(s) {
			for (let i = 0; i < 20; i++) {
				await s.expectResponse(`setup: wrong password ${i}`, await s.post("/store/auth/token", { email: CUSTOMER, password: "wrong-sample" }), 401, "Unauthorized");
				const unknown = { email: `unknown-${RUN}@example.com`, password: "wrong-sample" };
				await s.expectResponse(`setup: unknown e-mail ${i}`, await s.post("/store/auth/token", unknown), 401, "Unauthorized");
			}
		},
	},
	{
		case: "09h-me-scheme-variants",
		before: 4,
		why: "customer B was registered outside the transcripts; its registration cookie is the one #4 sends",
		async run(s) {
			const response = await register(s, String(s.observed("09h-me-scheme-variants", "cookie_customer")), "Other-Pass-1");
			bindCookie(s, response, "09h-me-scheme-variants", 4);
		},
	},
	{
		case: "09i-me-update",
		before: 0,
		why: "the customer was registered outside the transcripts: its registration cookie is the one #7 sends, its JWT the one #0 sends",
		async run(s) {
			const email = `oracle-update-${RUN}@example.com`;
			bindCookie(s, await register(s, email, "Update-Pass-1"), "09i-me-update", 7);
			await bindToken(s, email, "Update-Pass-1", bearerOf(s, "09i-me-update", 0));
		},
	},
	{
		case: "11-password-token",
		before: 0,
		why: "the customer was registered outside the transcripts",
		run: async (s) => void (await register(s, RESET, "Reset-Pass-1")),
	},
	{
		case: "11-password-token",
		after: 0,
		why: "the customer.password_reset event of the known e-mail (fact 35): the same fields, and the token's claims and lifetime (fact 36)",
		async run(s) {
			const recorded = s.observed("11-password-token", "captured_event") as { data: Record<string, unknown> };
			const event = (await s.outboxEvents("customer.password_reset", RESET)).at(-1);
			s.compare.value("setup: event fields", Object.keys(recorded.data).sort(), Object.keys(event ?? {}).sort());
			for (const [key, value] of Object.entries(recorded.data))
				if (key === "token") s.compare.jwt("setup: event token", String(value), String(event?.token));
				else s.compare.value(`setup: event ${key}`, value, event?.[key]);
		},
	},
	{
		case: "11-password-token",
		after: 1,
		why: "the 20 interleaved known / unknown requests of the timing run: 204 each, events only for the known e-mail",
		async run(s) {
			for (let i = 0; i < 20; i++) {
				await requestReset(s, RESET);
				await requestReset(s, `unknown-${RUN}@example.com`);
			}
			const unknownEvents = (await s.outboxEvents("customer.password_reset", `unknown-${RUN}@example.com`)).length;
			s.compare.value("setup: events for unknown e-mails", s.observed("11-password-token", "events_for_unknown_emails"), unknownEvents);
		},
	},
	{
		case: "11-password-token",
		after: 5,
		why: "12a and 12b's customers R and B were registered right after 11 (R's created_at); R's JWT, cookie and reset tokens A and B reached the recorder then",
		async run(s) {
			bindCookie(s, await register(s, RESET2, "Reset2-Pass-1"), "12b-password-reset-valid-and-reuse", 7);
			await register(s, `oracle-reset2b-${RUN}@example.com`, "Reset2b-Pass-1");
			await bindToken(s, RESET2, "Reset2-Pass-1", bearerOf(s, "12b-password-reset-valid-and-reuse", 6));
			await requestReset(s, RESET2);
			await captureReset(s, RESET2, resetTokenOf(s, "12b-password-reset-valid-and-reuse", 0));
			await requestReset(s, RESET2);
			await captureReset(s, RESET2, resetTokenOf(s, "12b-password-reset-valid-and-reuse", 5));
		},
	},
	{
		case: "16-failed-login-rate-limit",
		before: 0,
		why: "the 30 sequential wrong JWT logins before the 31st",
		run: (s) => wrongLogins(s, "/store/auth/token", CUSTOMER, s.observed("16-failed-login-rate-limit", "sequential"), false),
	},
	{
		case: "16-failed-login-rate-limit",
		before: 2,
		why: "the 30 parallel wrong JWT logins between the two right ones",
		run: (s) => wrongLogins(s, "/store/auth/token", CUSTOMER, s.observed("16-failed-login-rate-limit", "parallel_statuses"), true),
	},
	{
		case: "16-failed-login-rate-limit",
		before: 3,
		why: "ten wrong cookie logins before the right one",
		run: (s) => wrongLogins(s, "/store/auth", CUSTOMER, s.observed("16-failed-login-rate-limit", "store_auth_statuses"), false),
	},
	{
		case: "16-failed-login-rate-limit",
		before: 4,
		why: "ten wrong admin logins before the right one",
		run: (s) => wrongLogins(s, "/admin/auth", "admin@example.com", s.observed("16-failed-login-rate-limit", "admin_auth_statuses"), false),
	},
];
