// The medusa-v1 login, session, logout, exists and bearer checks are shown to pass on the reference
// and to fail on a server that breaks their rule: a named defect of the medusa-v1 reference, or a
// small broken target (a wrapper around the reference's handler that changes exactly one behaviour).
import { type Breakers, type Handler, seenToFail } from "../support/kit.ts";
import { TEST_JWT_SECRET } from "../support/test-app.ts";

const PROFILE = "medusa-v1";
const AREAS = ["medusa-v1/login/*", "medusa-v1/session/*", "medusa-v1/logout/*", "medusa-v1/exists/*", "medusa-v1/bearer/*"];
const RUN = { profile: PROFILE, options: { strict: true, hardening: true }, config: { jwtSecret: TEST_JWT_SECRET } };

const pathOf = (request: Request): string => new URL(request.url).pathname;

const is = (request: Request, method: string, path: string): boolean => request.method === method && pathOf(request) === path;

/** The claims of a JWT, unverified. */
const claimsOf = (token: string): Record<string, unknown> => JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));

const bearerOf = (request: Request): string | undefined => /^bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];

/** The request again with other headers (Bun's Request constructor ignores `headers` given beside a Request). */
const withHeaders = async (request: Request, headers: Headers): Promise<Request> =>
	new Request(request.url, { method: request.method, headers, body: request.method === "GET" ? undefined : await request.text() });

/** A wrapper that answers `respond(request)` instead of the reference whenever it gives an answer. */
const answering =
	(respond: (request: Request) => Response | undefined | Promise<Response | undefined>) =>
	(handle: Handler): Handler =>
	async (request) =>
		(await respond(request.clone())) ?? handle(request);

/** Upstream's development page for a body JSON.parse refuses, shortened (fact 4, transcript 04e). */
const STACK_PAGE =
	"<pre>SyntaxError: Unexpected end of JSON input<br> &nbsp; &nbsp;at JSON.parse (/srv/shop/node_modules/body-parser/lib/types/json.js:89:19)</pre>";

/** Each check, with what breaks its rule: a defect, or a wrapper of the reference's handler. */
const BREAKERS: Breakers = {
	"medusa-v1/login/access-token": (handle) => async (request) => {
		const response = await handle(request);
		// The login answers `token` instead of `access_token` (Medusa v2's field).
		if (!is(request, "POST", "/store/auth/token") || response.status !== 200) return response;
		const { access_token } = (await response.json()) as { access_token: string };
		return Response.json({ token: access_token });
	},
	"medusa-v1/login/token-claims": (handle) => async (request) => {
		const response = await handle(request);
		// The payload's keys come in another order (iat first); the signature no longer matters to the check.
		if (!is(request, "POST", "/store/auth/token") || response.status !== 200) return response;
		const { access_token } = (await response.json()) as { access_token: string };
		const { iat, ...rest } = claimsOf(access_token);
		const [header, , signature] = access_token.split(".");
		const payload = Buffer.from(JSON.stringify({ iat, ...rest })).toString("base64url");
		return Response.json({ access_token: `${header}.${payload}.${signature}` });
	},
	"medusa-v1/login/token-lifetime": "store-token-lasts-a-day",
	"medusa-v1/login/wrong-credentials-401": "login-accepts-any-password",
	"medusa-v1/login/validation-messages": (handle) => async (request) => {
		const response = await handle(request);
		// Only the first of several messages is told.
		if (response.status !== 400) return response;
		const { type, message } = (await response.json()) as { type: string; message: string };
		return Response.json({ type, message: message.split(", ")[0] }, { status: 400 });
	},
	"medusa-v1/login/form-body-ignored": (handle) => async (request) => {
		// Form bodies are read as if they were JSON.
		if (request.headers.get("content-type") !== "application/x-www-form-urlencoded") return handle(request);
		const body = JSON.stringify(Object.fromEntries(new URLSearchParams(await request.text())));
		return handle(new Request(request.url, { method: request.method, headers: { "content-type": "application/json" }, body }));
	},
	"medusa-v1/login/email-case-ignored": "email-case-sensitive",
	"medusa-v1/login/malformed-json-no-trace": answering(async (request) => {
		if (request.method !== "POST" || !request.headers.get("content-type")?.includes("json")) return undefined;
		try {
			JSON.parse(await request.text());
			return undefined;
		} catch {
			return new Response(STACK_PAGE, { status: 400, headers: { "content-type": "text/html; charset=utf-8" } });
		}
	}),

	"medusa-v1/session/cookie-login": (handle) => async (request) => {
		const response = await handle(request);
		// The cookie login answers 200 without its cookie (upstream's production mode over http, fact 23).
		if (is(request, "POST", "/store/auth")) response.headers.delete("set-cookie");
		return response;
	},
	"medusa-v1/session/customer-shape": (handle) => async (request) => {
		const response = await handle(request);
		// The registration shape (fact 7): billing_address in place of orders.
		if (pathOf(request) !== "/store/auth" || response.status !== 200) return response;
		const { customer } = (await response.json()) as { customer: Record<string, unknown> };
		const { orders: _orders, ...rest } = customer;
		return Response.json({ customer: { ...rest, billing_address: null } }, { headers: response.headers });
	},
	"medusa-v1/session/cookie-format": "session-lasts-a-day",
	"medusa-v1/session/cookie-httponly": "session-cookie-not-httponly",
	"medusa-v1/session/signature-checked": "ignore-cookie-signature",
	"medusa-v1/session/ends-after-10-hours": "session-lasts-a-day",
	"medusa-v1/session/new-session-on-login": (handle) => {
		// Upstream's fixation (fact 21): a login keeps the cookie it was sent with, which then stands for the new login.
		const aliases = new Map<string, string>();
		const sidOf = (cookies: string | null): string | undefined => /connect\.sid=([^;]+)/.exec(cookies ?? "")?.[1];
		return async (request) => {
			const sent = sidOf(request.headers.get("cookie"));
			const alias = sent === undefined ? undefined : aliases.get(sent);
			const headers = new Headers(request.headers);
			if (sent !== undefined && alias !== undefined) headers.set("cookie", `connect.sid=${alias}`);
			const response = await handle(await withHeaders(request, headers));
			const issued = sidOf(response.headers.get("set-cookie"));
			if (!is(request, "POST", "/store/auth") || sent === undefined || issued === undefined) return response;
			aliases.set(sent, issued);
			response.headers.set("set-cookie", (response.headers.get("set-cookie") ?? "").replace(issued, sent));
			return response;
		};
	},

	"medusa-v1/logout/ends-session": "logout-keeps-session",
	"medusa-v1/logout/answers-ok": answering((request) =>
		// Log out without a session is refused, as DELETE /admin/auth does (fact 45).
		is(request, "DELETE", "/store/auth") && !request.headers.has("cookie") ? new Response("Unauthorized", { status: 401 }) : undefined,
	),
	"medusa-v1/logout/bearer-survives": (handle) => {
		// Logout also revokes every JWT of the customer.
		const loggedOut = new Set<unknown>();
		return async (request) => {
			if (is(request, "DELETE", "/store/auth")) {
				const who = await handle(new Request(new URL("/store/auth", request.url), { headers: request.headers }));
				if (who.status === 200) loggedOut.add(((await who.json()) as { customer: { id: string } }).customer.id);
			}
			const bearer = bearerOf(request);
			if (bearer !== undefined && loggedOut.has(claimsOf(bearer).customer_id)) return new Response("Unauthorized", { status: 401 });
			return handle(request);
		};
	},

	"medusa-v1/exists/answers-exists": answering((request) =>
		// Every e-mail is said to exist.
		request.method === "GET" && pathOf(request).startsWith("/store/auth/") ? Response.json({ exists: true }) : undefined,
	),
	"medusa-v1/exists/letter-case-ignored": "email-case-sensitive",

	"medusa-v1/bearer/expired-token-refused": "accept-expired-tokens",
	"medusa-v1/bearer/scheme-variants": (handle) => async (request) => {
		// Only `Bearer` with a capital B is read.
		if (!request.headers.get("authorization")?.startsWith("bearer ")) return handle(request);
		const headers = new Headers(request.headers);
		headers.delete("authorization");
		return handle(await withHeaders(request, headers));
	},
	"medusa-v1/bearer/one-char-change-refused": "ignore-signature",
	"medusa-v1/bearer/wrong-secret-refused": "ignore-signature",
	"medusa-v1/bearer/alg-none-refused": "accept-alg-none",
	"medusa-v1/bearer/garbage-refused": answering((request) => {
		// A token that is not three dotted segments crashes the middleware.
		const bearer = bearerOf(request);
		return bearer !== undefined && bearer.split(".").length !== 3 ? Response.json({ type: "unknown_error" }, { status: 500 }) : undefined;
	}),
	"medusa-v1/bearer/admin-token-refused": answering((request) => {
		// Any verified JWT opens customer routes, whatever its domain.
		const bearer = bearerOf(request);
		const claims = bearer?.split(".").length === 3 ? claimsOf(bearer) : undefined;
		return claims?.domain === "admin" && pathOf(request).startsWith("/store/") ? Response.json({ customer: { id: claims.user_id } }) : undefined;
	}),
	"medusa-v1/bearer/refusal-is-bare": (handle) => async (request) => {
		const response = await handle(request);
		// The middleware's 401 as JSON, as Medusa v2 answers it.
		return response.status === 401 && !response.headers.has("content-type") ? Response.json({ message: "Unauthorized" }, { status: 401 }) : response;
	},
	"medusa-v1/bearer/token-without-exp-refused": "accept-token-without-exp",
	"medusa-v1/bearer/other-hmac-refused": "accept-any-hmac-algorithm",
};

seenToFail("medusa-v1 login, session, logout, exists and bearer checks", AREAS, BREAKERS, RUN);
