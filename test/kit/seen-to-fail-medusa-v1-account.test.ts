// The medusa-v1 registration, /me, password-token, password-reset and timing checks are shown to pass on the
// reference and to fail on a server that breaks their rule: a named defect of the medusa-v1
// reference, or a small broken target (a wrapper around the reference's handler that changes exactly
// one behaviour).
import { DEFAULT_TIMING_OPTIONS } from "../../conformance/kit/config.ts";
import { type Breakers, type Handler, seenToFail, slowerForTheTimedAccount } from "../support/kit.ts";
import { TEST_JWT_SECRET } from "../support/test-app.ts";

const PROFILE = "medusa-v1";
const AREAS = ["medusa-v1/register/*", "medusa-v1/me/*", "medusa-v1/password-token/*", "medusa-v1/password-reset/*", "medusa-v1/hardening/*"];
// Fewer timing pairs than a real run: in-process the reference answers in microseconds, and the
// broken target below adds 3 ms to every request about the customer.
const OPTIONS = { strict: true, hardening: true, timing: { ...DEFAULT_TIMING_OPTIONS, pairs: 60, warmup: 5 } };
const RUN = { profile: PROFILE, options: OPTIONS, config: { jwtSecret: TEST_JWT_SECRET } };

const pathOf = (request: Request): string => new URL(request.url).pathname;

const isPost = (request: Request, path: string): boolean => request.method === "POST" && pathOf(request) === path;

const json = (status: number, body: unknown, headers: HeadersInit = {}): Response =>
	Response.json(body, { status, headers: { "content-type": "application/json; charset=utf-8", ...Object.fromEntries(new Headers(headers)) } });

const bodyOf = async (request: Request): Promise<Record<string, unknown>> =>
	(await request.clone().json().catch(() => ({}))) as Record<string, unknown>;

/** The same request with another JSON body. */
const withBody = (request: Request, body: unknown): Request =>
	new Request(request.url, { method: request.method, headers: request.headers, body: JSON.stringify(body) });

/** Answers `to` where the reference answers `from` on POST `path`. */
const statusOn =
	(path: string, from: number, to: number) =>
	(handle: Handler): Handler =>
	async (request) => {
		const answer = await handle(request);
		if (!isPost(request, path) || answer.status !== from) return answer;
		return new Response(await answer.text(), { status: to, headers: answer.headers });
	};

/** Rewrites the `customer` of the 200 answers to `method path`. */
const customerRewritten =
	(method: string, path: string, rewrite: (customer: Record<string, unknown>) => Record<string, unknown>) =>
	(handle: Handler): Handler =>
	async (request) => {
		const answer = await handle(request);
		if (request.method !== method || pathOf(request) !== path || answer.status !== 200) return answer;
		const { customer } = (await answer.json()) as { customer: Record<string, unknown> };
		return json(200, { customer: rewrite(customer) }, answer.headers);
	};

/** Rewrites what GET /__control/outbox answers (what the server "sent"). */
const outboxRewritten =
	(rewrite: (items: Array<Record<string, unknown>>, to: string | null) => Array<Record<string, unknown>>) =>
	(handle: Handler): Handler =>
	async (request) => {
		const answer = await handle(request);
		if (pathOf(request) !== "/__control/outbox") return answer;
		const { items } = (await answer.json()) as { items: Array<Record<string, unknown>> };
		return json(200, { items: rewrite(items, new URL(request.url).searchParams.get("to")) });
	};

const RESET = "/store/customers/password-reset";

/** Each check, with what breaks its rule: a defect, or a wrapper of the reference's handler. */
const BREAKERS: Breakers = {
	// Registration answers POST /store/auth's shape: orders, no billing address.
	"medusa-v1/register/answer-shape": customerRewritten("POST", "/store/customers", ({ billing_address: _, ...customer }) => ({ ...customer, orders: [] })),
	// Registration creates the customer but opens no session.
	"medusa-v1/register/logs-in": (handle) => async (request) => {
		const answer = await handle(request);
		if (!isPost(request, "/store/customers")) return answer;
		const headers = new Headers(answer.headers);
		headers.delete("set-cookie");
		return new Response(await answer.text(), { status: answer.status, headers });
	},
	"medusa-v1/register/duplicate-email": "email-case-sensitive",
	"medusa-v1/register/validation-messages": statusOn("/store/customers", 400, 422),
	"medusa-v1/register/email-lower-cased": "email-case-sensitive",
	// Upstream's N10: an empty password still creates the customer.
	"medusa-v1/register/empty-password-refused": (handle) => async (request) => {
		const body = await bodyOf(request);
		return isPost(request, "/store/customers") && body.password === "" ? handle(withBody(request, { ...body, password: "Filled-1" })) : handle(request);
	},
	"medusa-v1/me/answer-shape": customerRewritten("GET", "/store/customers/me", (customer) => ({ ...customer, orders: [] })),
	// Updates are answered but never applied.
	"medusa-v1/me/update-names": (handle) => (request) =>
		isPost(request, "/store/customers/me") ? handle(new Request(request.url, { headers: request.headers })) : handle(request),
	"medusa-v1/me/update-needs-credentials": statusOn("/store/customers/me", 401, 403),
	// Unknown fields are stripped instead of refused.
	"medusa-v1/me/unknown-field-refused": (handle) => async (request) => {
		if (!isPost(request, "/store/customers/me")) return handle(request);
		const { unknown_field: _, ...known } = await bodyOf(request);
		return handle(withBody(request, known));
	},
	"medusa-v1/me/password-change": "login-accepts-any-password",
	"medusa-v1/me/password-change-ends-other-sessions": "password-change-keeps-sessions",
	"medusa-v1/me/email-change-lower-cased": "email-case-sensitive",
	"medusa-v1/password-token/answers-204": "password-token-reveals-accounts",
	"medusa-v1/password-token/validation-messages": statusOn("/store/customers/password-token", 400, 422),
	// The event leaves out the customer's names.
	"medusa-v1/password-token/event-payload": outboxRewritten((items) =>
		items.map((item) => {
			if (item.kind !== "event") return item;
			const { first_name: _, last_name: __, ...data } = item.data as Record<string, unknown>;
			return { ...item, data };
		}),
	),
	"medusa-v1/password-token/token-claims": "reset-token-lasts-a-day",
	// An event for every e-mail, account or not.
	"medusa-v1/password-token/no-event-for-unknown": outboxRewritten((items, to) =>
		items.length > 0 || to === null ? items : [{ kind: "event", name: "customer.password_reset", at: 0, data: { email: to, token: "t" } }],
	),
	"medusa-v1/hardening/login-timing-does-not-reveal-accounts": slowerForTheTimedAccount("/store/auth/token"),
	"medusa-v1/hardening/password-token-timing-does-not-reveal-accounts": slowerForTheTimedAccount("/store/customers/password-token"),
	"medusa-v1/password-reset/answer-shape": customerRewritten("POST", RESET, (customer) => ({ ...customer, billing_address: null, shipping_addresses: [] })),
	"medusa-v1/password-reset/sets-new-password": "login-accepts-any-password",
	// A successful reset also logs the customer in.
	"medusa-v1/password-reset/does-not-log-in": (handle) => async (request) => {
		const body = await bodyOf(request);
		const answer = await handle(request);
		if (!isPost(request, RESET) || answer.status !== 200) return answer;
		const credentials = JSON.stringify({ email: body.email, password: body.password });
		const login = await handle(new Request(new URL("/store/auth", request.url), { method: "POST", headers: { "content-type": "application/json" }, body: credentials }));
		const headers = new Headers(answer.headers);
		for (const cookie of login.headers.getSetCookie()) headers.append("set-cookie", cookie);
		return new Response(await answer.text(), { status: 200, headers });
	},
	// A token that has reset a password is answered 200 again.
	"medusa-v1/password-reset/token-dies-with-password": (handle) => {
		const used = new Map<string, string>();
		return async (request) => {
			const token = isPost(request, RESET) ? String((await bodyOf(request)).token) : undefined;
			const earlier = token === undefined ? undefined : used.get(token);
			if (earlier !== undefined) return json(200, JSON.parse(earlier));
			const answer = await handle(request);
			if (token !== undefined && answer.status === 200) used.set(token, await answer.clone().text());
			return answer;
		};
	},
	"medusa-v1/password-reset/token-expires-after-15-minutes": "reset-token-lasts-a-day",
	"medusa-v1/password-reset/expired-token-401": "reset-500-for-accounts",
	"medusa-v1/password-reset/validation-messages": statusOn(RESET, 400, 422),
	// An unknown e-mail is named as such.
	"medusa-v1/password-reset/unknown-email-401": (handle) => async (request) => {
		const { email } = await bodyOf(request);
		const answer = await handle(request);
		if (!isPost(request, RESET) || answer.status !== 401) return answer;
		return json(404, { type: "not_found", message: `Customer with email ${String(email)} was not found` });
	},
	"medusa-v1/password-reset/bad-token-401": "reset-500-for-accounts",
	"medusa-v1/password-reset/reset-ends-earlier-sessions": "password-change-keeps-sessions",
};

seenToFail("medusa-v1 register, me, password-token and password-reset checks", AREAS, BREAKERS, RUN);
